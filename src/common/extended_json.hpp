#pragma once

#include <boost/json/object.hpp>

#include <string_view>
#include <vector>

#include "common/error.hpp"

namespace medimeet {

// Which fields of a collection's documents hold ObjectIds and which hold dates, as dotted paths
// that step into arrays the way MongoDB's do: "records.date" is the `date` of every element of
// `records`.
struct ExtendedJsonShape {
  std::vector<std::string_view> object_ids;
  std::vector<std::string_view> dates;
};

// A document as the API writes it (ids as 24-hex strings, instants as ISO-8601) in MongoDB
// Extended JSON v2, relaxed form, as mongoexport writes and mongoimport reads it: every id of
// `shape` as {"$oid": …}, every date as {"$date": "…Z"}, or {"$date": {"$numberLong": …}} outside
// 1970–9999 as the specification asks. Nulls stay null; other values are left as they are.
boost::json::object to_extended_json(const boost::json::object& document, const ExtendedJsonShape& shape);

// The reverse, for any Extended JSON v2 (relaxed or canonical, and v1's {"$date": <ms>}):
// {"$oid"} becomes its hex string, {"$date"} an ISO-8601 instant, {"$numberInt"},
// {"$numberLong"}, {"$numberDouble"} numbers, wherever they are; Mongoose's version key `__v`
// is dropped. Any other `$` type (binary, regular expression, …) or a malformed wrapper is
// recorded in `problems` under its dotted path and left as it was.
boost::json::object from_extended_json(boost::json::object document, FieldErrors& problems);

}  // namespace medimeet
