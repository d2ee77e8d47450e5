#pragma once

#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "common/time.hpp"

namespace medimeet::doctors {

// Public listings (search pages, a week of slots) as the JSON text sent, each kept with the
// listing generation it was made at (see migration 0021: every committed change a listing
// could show bumps it) and the instant until which the passing of time leaves it true (its
// first slot still far enough ahead). A listing is served only at that same generation and up
// to that instant, so it is never older than the last commit its reader could have seen.
// Least recently used listings go first once `capacity_bytes` is exceeded. Thread-safe.
class ListingCache {
 public:
  using Body = std::shared_ptr<const std::string>;

  explicit ListingCache(std::size_t capacity_bytes);

  // The listing kept for `key` at `generation`, if still true at `now`; null otherwise.
  Body find(const std::string& key, long long generation, TimePoint now);
  // Keeps `body` for `key`, replacing any older listing; a listing already out of date at
  // `now` (valid_until before it) is not kept.
  void store(const std::string& key, long long generation, TimePoint valid_until, TimePoint now, Body body);

  std::size_t size_bytes() const;

 private:
  struct Entry {
    std::string key;
    long long generation;
    TimePoint valid_until;
    Body body;
  };
  void erase(std::list<Entry>::iterator entry);

  std::size_t capacity_bytes_;
  mutable std::mutex mutex_;
  std::size_t size_bytes_ = 0;
  std::list<Entry> entries_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> by_key_;
};

}  // namespace medimeet::doctors
