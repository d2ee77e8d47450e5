#include "common/paging.hpp"

#include <gtest/gtest.h>

#include <boost/json/serialize.hpp>

#include "common/query_parameters.hpp"

namespace medimeet {
namespace {

TEST(Paging, KeepsRequestsWithinBoundsAndCountsTheOffset) {
  const auto page = PageRequest{3, 500}.within(100);
  EXPECT_EQ(page.page, 3);
  EXPECT_EQ(page.limit, 100);
  EXPECT_EQ(page.offset(), 200);
  const auto first = PageRequest{0, 0}.within(100);
  EXPECT_EQ(first.offset(), 0);
  EXPECT_EQ(first.limit, 1);
}

TEST(Paging, WritesTheEnvelopeOfEveryList) {
  const auto document = page_to_json("doctors", boost::json::array{1, 2}, PageRequest{2, 2}, 7);
  EXPECT_EQ(boost::json::serialize(document), R"({"doctors":[1,2],"page":2,"limit":2,"total":7})");
}

TEST(Paging, ReadsPageAndLimitFromTheQuery) {
  const std::map<std::string, std::string> query{{"page", "4"}, {"limit", "250"}};
  QueryParameters parameters(query);
  const auto page = parameters.page_request(100);
  EXPECT_NO_THROW(parameters.finish());
  EXPECT_EQ(page.page, 4);
  EXPECT_EQ(page.limit, 100);  // above the largest page: the largest page

  const std::map<std::string, std::string> defaults;
  QueryParameters none(defaults);
  EXPECT_EQ(none.page_request(100).limit, 20);

  const std::map<std::string, std::string> bad{{"page", "0"}, {"limit", "many"}};
  QueryParameters wrong(bad);
  wrong.page_request(100);
  try {
    wrong.finish();
    ADD_FAILURE() << "bad page and limit accepted";
  } catch (const AppError& error) {
    EXPECT_EQ(error.fields().count("page"), 1u);
    EXPECT_EQ(error.fields().count("limit"), 1u);
  }
}

}  // namespace
}  // namespace medimeet
