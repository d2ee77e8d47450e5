#include "common/paging.hpp"

#include <algorithm>

namespace medimeet {

PageRequest PageRequest::within(int max_limit) const {
  return PageRequest{std::max(page, 1), std::clamp(limit, 1, max_limit)};
}

boost::json::object page_to_json(std::string_view items_key, boost::json::array items,
                                 const PageRequest& request, long long total) {
  return boost::json::object{{items_key, std::move(items)},
                             {"page", request.page},
                             {"limit", request.limit},
                             {"total", total}};
}

}  // namespace medimeet
