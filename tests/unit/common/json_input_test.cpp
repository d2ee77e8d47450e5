#include "common/json_input.hpp"

#include <gtest/gtest.h>

namespace medimeet {
namespace {

FieldErrors errors_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const AppError& error) {
    return error.fields();
  }
  ADD_FAILURE() << "no AppError thrown";
  return {};
}

TEST(JsonInput, ReadsFields) {
  auto input = JsonInput::parse(R"({"name":"Ann","admin":true,"age":41})");
  EXPECT_EQ(input.required_string("name"), "Ann");
  EXPECT_EQ(input.optional_bool("admin"), true);
  EXPECT_EQ(input.optional_number("age"), 41.0);
  EXPECT_EQ(input.optional_string("missing"), std::nullopt);
  EXPECT_NO_THROW(input.finish());
}

TEST(JsonInput, MalformedBodyIsOneError) {
  for (const char* body : {"{", "", "[1,2]", "\"text\"", "{\"a\":1,}"}) {
    try {
      JsonInput::parse(body);
      ADD_FAILURE() << body;
    } catch (const AppError& error) {
      EXPECT_EQ(error.code(), "malformed_json") << body;
      EXPECT_EQ(error.kind(), ErrorKind::bad_request);
    }
  }
}

TEST(JsonInput, ReportsEveryBadFieldAtOnce) {
  auto fields = errors_of([] {
    auto input = JsonInput::parse(R"({"name":12,"role":"x","extra":1})");
    input.required_string("name");
    input.required_string("email");
    input.required_string("role");
    input.finish();
  });
  EXPECT_EQ(fields["name"], "must be a string");
  EXPECT_EQ(fields["email"], "is required");
  EXPECT_EQ(fields["extra"], "is not a known field");
  EXPECT_EQ(fields.count("role"), 0u);
}

TEST(JsonInput, NullCountsAsAbsent) {
  auto fields = errors_of([] {
    auto input = JsonInput::parse(R"({"name":null})");
    input.required_string("name");
    input.finish();
  });
  EXPECT_EQ(fields["name"], "is required");
}

TEST(JsonInput, WholeNumbersOutsideAnyIntegerAreOutOfRangeNotUndefined) {
  for (const char* body : {R"({"n":1e308})", R"({"n":-1e300})", R"({"n":18446744073709551615})",
                           R"({"n":9.3e18})", R"({"n":11})"}) {
    auto errors = errors_of([&] {
      auto input = JsonInput::parse(body);
      input.optional_integer("n", 0, 10);
      input.finish();
    });
    EXPECT_EQ(errors["n"], "must be between 0 and 10") << body;
  }
  auto input = JsonInput::parse(R"({"a":7.0,"b":-3})");
  EXPECT_EQ(input.optional_integer("a", 0, 10), 7);
  EXPECT_EQ(input.optional_integer("b", -5, 5), -3);
  EXPECT_EQ(errors_of([] {
              auto fractional = JsonInput::parse(R"({"n":2.5})");
              fractional.optional_integer("n", 0, 10);
              fractional.finish();
            })["n"],
            "must be a whole number");
}

}  // namespace
}  // namespace medimeet
