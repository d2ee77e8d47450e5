#pragma once

#include <boost/json/value.hpp>

#include <optional>
#include <string>

#include "common/postal_address.hpp"
#include "common/time.hpp"

namespace medimeet {

// Optional fields of API documents are written as null, never left out, so clients see every
// field of the seed's shape.
boost::json::value nullable(const std::optional<std::string>& text);
boost::json::value nullable(const std::optional<int>& number);
// An instant as "2026-12-01T09:30:00.000Z", or null.
boost::json::value nullable(const std::optional<TimePoint>& instant);
// {street, postcode, city, country, line} (line: one_line of it), or null.
boost::json::value nullable(const std::optional<PostalAddress>& address);

// The document as JSON text, numbers written as people and JavaScript write them: 4.5 and 60,
// never 4.5E0 (Boost.JSON's form for every double). Non-finite doubles, which JSON cannot
// hold, are written as null.
std::string to_json_text(const boost::json::value& document);

}  // namespace medimeet
