#include "doctors/listing_documents.hpp"

#include <boost/json/array.hpp>

#include "common/json_output.hpp"
#include "common/paging.hpp"
#include "doctors/doctor_json.hpp"
#include "doctors/listing_keys.hpp"

namespace medimeet::doctors {

ListingDocuments::ListingDocuments(DoctorService& doctors, const Clock& clock, std::size_t cache_bytes)
    : doctors_(doctors), clock_(clock), generation_([&doctors] { return doctors.listing_generation(); }) {
  if (cache_bytes > 0) cache_.emplace(cache_bytes);
}

template <class Make>
ListingCache::Body ListingDocuments::serve(const std::string& key, Instant asked_at, Make&& make) {
  if (!cache_) return make().first;
  // Read before the listing: a change committed meanwhile makes the kept copy unusable at once.
  const auto generation = generation_.as_of(asked_at);
  if (auto body = cache_->find(key, generation, clock_.now())) return body;
  std::promise<ListingCache::Body> made;
  std::shared_future<ListingCache::Body> on_the_way;
  {
    std::lock_guard lock(making_mutex_);
    auto [found, first] = making_.try_emplace({key, generation});
    if (first) {
      found->second = made.get_future().share();
    } else {
      on_the_way = found->second;
    }
  }
  if (on_the_way.valid()) return on_the_way.get();  // the maker's listing, or its error
  const auto done = [&] {
    std::lock_guard lock(making_mutex_);
    making_.erase({key, generation});
  };
  try {
    auto [body, valid_until] = make();
    cache_->store(key, generation, valid_until, clock_.now(), body);
    made.set_value(body);
    done();
    return body;
  } catch (...) {
    made.set_exception(std::current_exception());
    done();
    throw;
  }
}

ListingCache::Body ListingDocuments::search(const DoctorSearch& search, Instant asked_at) {
  return serve(search_key(search), asked_at, [&] {
    const auto page = doctors_.search(search);
    boost::json::array items;
    for (const auto& listing : page.doctors) items.push_back(listing_to_json(listing));
    auto body = std::make_shared<const std::string>(
        to_json_text(page_to_json("doctors", std::move(items), search.paging, page.total)));
    return std::pair{std::move(body), page.valid_until};
  });
}

ListingCache::Body ListingDocuments::slots(const std::string& doctor_id, std::optional<date::local_days> from,
                                           std::optional<date::local_days> to,
                                           const std::optional<std::string>& reason_id, Instant asked_at) {
  return serve(slots_key(doctor_id, from, to, reason_id), asked_at, [&] {
    const auto result = doctors_.slots(doctor_id, from, to, reason_id);
    boost::json::array slots;
    for (const auto& slot : result.slots) slots.push_back(slot_to_json(slot));
    auto body = std::make_shared<const std::string>(to_json_text(boost::json::object{
        {"doctorId", result.doctor_id}, {"timezone", result.timezone}, {"slots", std::move(slots)}}));
    return std::pair{std::move(body), result.valid_until};
  });
}

ListingCache::Body ListingDocuments::kept(const std::string& key, Instant asked_at) {
  if (!cache_) return nullptr;
  return cache_->find(key, generation_.as_of(asked_at), clock_.now());
}

ListingCache::Body ListingDocuments::kept_search(const DoctorSearch& search, Instant asked_at) {
  return kept(search_key(search), asked_at);
}

ListingCache::Body ListingDocuments::kept_slots(const std::string& doctor_id, std::optional<date::local_days> from,
                                                std::optional<date::local_days> to,
                                                const std::optional<std::string>& reason_id, Instant asked_at) {
  return kept(slots_key(doctor_id, from, to, reason_id), asked_at);
}

}  // namespace medimeet::doctors
