#include "doctors/listing_cache.hpp"

namespace medimeet::doctors {
namespace {

std::size_t cost_of(const std::string& key, const std::string& body) { return key.size() + body.size() + 128; }

}  // namespace

ListingCache::ListingCache(std::size_t capacity_bytes) : capacity_bytes_(capacity_bytes) {}

ListingCache::Body ListingCache::find(const std::string& key, long long generation, TimePoint now) {
  std::lock_guard lock(mutex_);
  const auto found = by_key_.find(key);
  if (found == by_key_.end()) return nullptr;
  const auto entry = found->second;
  // A reader that read the generation just before a commit must not drop the newer listing.
  if (entry->generation > generation) return nullptr;
  if (entry->generation < generation || now > entry->valid_until) {
    erase(entry);
    return nullptr;
  }
  entries_.splice(entries_.begin(), entries_, entry);
  return entry->body;
}

void ListingCache::store(const std::string& key, long long generation, TimePoint valid_until, TimePoint now,
                         Body body) {
  if (now > valid_until || cost_of(key, *body) > capacity_bytes_) return;
  std::lock_guard lock(mutex_);
  if (const auto found = by_key_.find(key); found != by_key_.end()) {
    // A reader that began before a newer one may finish after it: keep the newest generation.
    if (found->second->generation > generation) return;
    erase(found->second);
  }
  entries_.push_front({key, generation, valid_until, std::move(body)});
  by_key_.emplace(key, entries_.begin());
  size_bytes_ += cost_of(key, *entries_.front().body);
  while (size_bytes_ > capacity_bytes_) erase(std::prev(entries_.end()));
}

std::size_t ListingCache::size_bytes() const {
  std::lock_guard lock(mutex_);
  return size_bytes_;
}

void ListingCache::erase(std::list<Entry>::iterator entry) {
  size_bytes_ -= cost_of(entry->key, *entry->body);
  by_key_.erase(entry->key);
  entries_.erase(entry);
}

}  // namespace medimeet::doctors
