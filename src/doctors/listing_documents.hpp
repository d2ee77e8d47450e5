#pragma once

#include <cstddef>
#include <future>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>

#include "common/coalesced_read.hpp"
#include "common/time.hpp"
#include "doctors/doctor_service.hpp"
#include "doctors/listing_cache.hpp"

namespace medimeet::doctors {

// The public listings' JSON documents (GET /api/v1/doctors and a doctor's slots), served from a
// ListingCache while their generation and time hold, made once and kept otherwise. With a
// capacity of 0 every document is made afresh. `asked_at` is when the request arrived: the answer
// reflects every change committed before it.
class ListingDocuments {
 public:
  using Instant = CoalescedRead::Instant;

  ListingDocuments(DoctorService& doctors, const Clock& clock, std::size_t cache_bytes);

  ListingCache::Body search(const DoctorSearch& search, Instant asked_at);
  ListingCache::Body slots(const std::string& doctor_id, std::optional<date::local_days> from,
                           std::optional<date::local_days> to, const std::optional<std::string>& reason_id,
                           Instant asked_at);
  // The same documents only when kept and still true; null otherwise.
  ListingCache::Body kept_search(const DoctorSearch& search, Instant asked_at);
  ListingCache::Body kept_slots(const std::string& doctor_id, std::optional<date::local_days> from,
                                std::optional<date::local_days> to, const std::optional<std::string>& reason_id,
                                Instant asked_at);

 private:
  // The cached document for `key`, or the one `make(generation)` returns (then kept).
  template <class Make>
  ListingCache::Body serve(const std::string& key, Instant asked_at, Make&& make);
  ListingCache::Body kept(const std::string& key, Instant asked_at);

  DoctorService& doctors_;
  const Clock& clock_;
  // The listing generation: one read serves the requests that arrived before it began.
  CoalescedRead generation_;
  std::optional<ListingCache> cache_;
  // The listings being made, by key and generation: a request that finds its listing on the
  // way waits for it rather than making it again (after a change, the next many requests would).
  std::mutex making_mutex_;
  std::map<std::pair<std::string, long long>, std::shared_future<ListingCache::Body>> making_;
};

}  // namespace medimeet::doctors
