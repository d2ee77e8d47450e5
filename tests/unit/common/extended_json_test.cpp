#include "common/extended_json.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "common/json_output.hpp"

namespace medimeet {
namespace {

boost::json::object parse(std::string_view text) { return boost::json::parse(text).as_object(); }

const ExtendedJsonShape kRecordShape{{"_id", "patientId", "records._id", "records.attachments._id"},
                                     {"createdAt", "records.date", "bornOn"}};

TEST(ExtendedJsonTest, IdsAndDatesOfTheShapeAreWrappedWhereverTheyAreAndNothingElse) {
  const auto document = parse(R"({"_id":"65a1b2c3d4e5f60718293a4b","patientId":"65a1b2c3d4e5f60718293a4c",
    "note":"65a1b2c3d4e5f60718293a4d","createdAt":"2026-12-01T09:30:00.000Z","bornOn":null,
    "records":[{"_id":"65a1b2c3d4e5f60718293a4e","date":"2026-11-02T08:00:00.000Z",
                "attachments":[{"_id":"65a1b2c3d4e5f60718293a4f","size":12}]}]})");
  EXPECT_EQ(to_json_text(to_extended_json(document, kRecordShape)),
            R"({"_id":{"$oid":"65a1b2c3d4e5f60718293a4b"},"patientId":{"$oid":"65a1b2c3d4e5f60718293a4c"},)"
            R"("note":"65a1b2c3d4e5f60718293a4d","createdAt":{"$date":"2026-12-01T09:30:00.000Z"},"bornOn":null,)"
            R"("records":[{"_id":{"$oid":"65a1b2c3d4e5f60718293a4e"},"date":{"$date":"2026-11-02T08:00:00.000Z"},)"
            R"("attachments":[{"_id":{"$oid":"65a1b2c3d4e5f60718293a4f"},"size":12}]}]})");
}

TEST(ExtendedJsonTest, DatesBefore1970AreWrittenInTheCanonicalFormAsTheSpecificationAsks) {
  const auto wrapped = to_extended_json(parse(R"({"bornOn":"1950-05-17T00:00:00.000Z"})"), kRecordShape);
  EXPECT_EQ(to_json_text(wrapped), R"({"bornOn":{"$date":{"$numberLong":"-619401600000"}}})");
  FieldErrors problems;
  EXPECT_EQ(to_json_text(from_extended_json(wrapped, problems)), R"({"bornOn":"1950-05-17T00:00:00.000Z"})");
  EXPECT_TRUE(problems.empty());
}

TEST(ExtendedJsonTest, ReadingUndoesWritingForEveryForm) {
  const auto document = parse(R"({"_id":"65a1b2c3d4e5f60718293a4b","createdAt":"2026-12-01T09:30:00.000Z",
    "records":[{"date":"1969-12-31T23:59:59.999Z","attachments":[]}]})");
  FieldErrors problems;
  EXPECT_EQ(from_extended_json(to_extended_json(document, kRecordShape), problems), document);
  EXPECT_TRUE(problems.empty());
}

TEST(ExtendedJsonTest, MongoexportsCanonicalAndLegacyFormsAndMongoosesVersionKeyAreRead) {
  FieldErrors problems;
  const auto plain = from_extended_json(
      parse(R"({"_id":{"$oid":"65a1b2c3d4e5f60718293a4b"},"__v":{"$numberInt":"0"},
        "createdAt":{"$date":{"$numberLong":"1764581400000"}},"updatedAt":{"$date":1764581400000},
        "sentAt":{"$date":"2026-12-01T10:30:00+01:00"},"experience":{"$numberInt":"12"},
        "amount":{"$numberDouble":"45.5"},"count":{"$numberLong":"3"},
        "availability":[{"_id":{"$oid":"65a1b2c3d4e5f60718293a4c"},"day":"monday","__v":0}]})"),
      problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(plain, parse(R"({"_id":"65a1b2c3d4e5f60718293a4b","createdAt":"2025-12-01T09:30:00.000Z",
    "updatedAt":"2025-12-01T09:30:00.000Z","sentAt":"2026-12-01T09:30:00.000Z","experience":12,
    "amount":45.5,"count":3,"availability":[{"_id":"65a1b2c3d4e5f60718293a4c","day":"monday"}]})"));
}

TEST(ExtendedJsonTest, UnsupportedOrMalformedWrappersAreProblemsNamingTheirField) {
  FieldErrors problems;
  from_extended_json(parse(R"({"photo":{"$binary":{"base64":"AA==","subType":"00"}},
    "records":[{"date":{"$date":"yesterday"}},{"author":{"$oid":"not-an-id"}}],"count":{"$numberInt":"1.5"}})"),
                     problems);
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems.at("photo").code, "extended_json");
  EXPECT_EQ(problems.at("records.0.date").message, "is not a valid or supported Extended JSON $date");
  EXPECT_TRUE(problems.contains("records.1.author"));
  EXPECT_TRUE(problems.contains("count"));
}

}  // namespace
}  // namespace medimeet
