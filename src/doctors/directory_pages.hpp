#pragma once

#include <compare>
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "common/time.hpp"

namespace medimeet::doctors {

// What a search page shows of the directory: how many doctors match, and which doctors the page
// holds, in order.
struct DirectoryPage {
  long long total = 0;
  std::vector<std::string> doctor_ids;
  // Until when the passing of time leaves it true: on a day, until the earliest of the matching
  // doctors' last free slots comes too near.
  TimePoint valid_until = TimePoint::max();
};

// What a page depends on: the doctors' rows (directory_generation, migration 0022) and, for a
// search on a day, that day's free days (free_day_generation, migration 0023; 0 otherwise).
struct DirectoryGenerations {
  long long directory = 0;
  long long day = 0;
  auto operator<=>(const DirectoryGenerations&) const = default;
};

// Search pages by key, each given back only at the generations it was made at and until its
// instant. The directory generation only grows: a newer one forgets every page of older ones, and
// a page made late at an older one is not kept. Safe to share between threads.
class DirectoryPages {
 public:
  explicit DirectoryPages(std::size_t capacity) : capacity_(capacity) {}

  std::optional<DirectoryPage> find(const std::string& key, DirectoryGenerations generations, TimePoint now) const;
  void store(const std::string& key, DirectoryGenerations generations, DirectoryPage page);

 private:
  struct Kept {
    long long day_generation = 0;
    DirectoryPage page;
  };

  std::size_t capacity_;
  mutable std::mutex mutex_;
  long long directory_generation_ = -1;  // that of every page kept
  std::map<std::string, Kept> pages_;
};

}  // namespace medimeet::doctors
