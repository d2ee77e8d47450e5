#pragma once

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <string_view>

namespace medimeet {

// Which page of a list a client asked for: pages count from 1, with `limit` items on each.
struct PageRequest {
  int page = 1;
  int limit = 20;

  // The same request with page at least 1 and limit from 1 to `max_limit`.
  PageRequest within(int max_limit) const;
  // How many items come before this page.
  int offset() const { return (page - 1) * limit; }
};

// {<items_key>: items, page, limit, total}: the shape of every list the API returns.
boost::json::object page_to_json(std::string_view items_key, boost::json::array items,
                                 const PageRequest& request, long long total);

}  // namespace medimeet
