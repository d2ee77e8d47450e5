#pragma once

#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace medimeet::doctors {

// What a search page without a day shows of the directory: how many doctors match, and which
// doctors the page holds, in order.
struct DirectoryPage {
  long long total = 0;
  std::vector<std::string> doctor_ids;
};

// Search pages by key, each kept with the directory generation (migration 0022) it was made at
// and given back only for that generation. Generations only grow: storing a newer one forgets
// every page of older ones. Safe to share between threads.
class DirectoryPages {
 public:
  explicit DirectoryPages(std::size_t capacity) : capacity_(capacity) {}

  std::optional<DirectoryPage> find(const std::string& key, long long generation) const;
  void store(const std::string& key, long long generation, DirectoryPage page);

 private:
  std::size_t capacity_;
  mutable std::mutex mutex_;
  long long generation_ = -1;  // that of every page kept
  std::map<std::string, DirectoryPage> pages_;
};

}  // namespace medimeet::doctors
