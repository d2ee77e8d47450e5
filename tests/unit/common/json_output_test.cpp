#include "common/json_output.hpp"

#include <gtest/gtest.h>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>

#include <limits>

namespace medimeet {
namespace {

TEST(JsonOutput, WritesNumbersPlainly) {
  const boost::json::object document{{"rating", 4.5}, {"price", 60.0}, {"count", 3},
                                     {"small", 0.1}, {"big", 1e21}, {"negative", -2.25}};
  EXPECT_EQ(to_json_text(document),
            R"({"rating":4.5,"price":60,"count":3,"small":0.1,"big":1e+21,"negative":-2.25})");
}

TEST(JsonOutput, WritesWhatBoostJsonReadsBackUnchanged) {
  const auto document = boost::json::parse(
      R"({"name":"H\u00e9l\u00e8ne \"Dr\" \\ \n","list":[1,2.5,true,null,{"x":[]}],"empty":{}})");
  const auto text = to_json_text(document);
  EXPECT_EQ(boost::json::parse(text), document) << text;
  EXPECT_EQ(to_json_text(boost::json::array{}), "[]");
}

TEST(JsonOutput, NonFiniteNumbersAreNull) {
  const boost::json::array document{std::numeric_limits<double>::infinity(),
                                    std::numeric_limits<double>::quiet_NaN()};
  EXPECT_EQ(to_json_text(document), "[null,null]");
}

}  // namespace
}  // namespace medimeet
