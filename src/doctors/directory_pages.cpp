#include "doctors/directory_pages.hpp"

namespace medimeet::doctors {

std::optional<DirectoryPage> DirectoryPages::find(const std::string& key, long long generation) const {
  std::lock_guard lock(mutex_);
  if (generation != generation_) return std::nullopt;
  const auto found = pages_.find(key);
  if (found == pages_.end()) return std::nullopt;
  return found->second;
}

void DirectoryPages::store(const std::string& key, long long generation, DirectoryPage page) {
  std::lock_guard lock(mutex_);
  // A page made at an older generation than those kept is already out of date.
  if (generation < generation_) return;
  if (generation > generation_) {
    pages_.clear();
    generation_ = generation;
  }
  if (pages_.size() >= capacity_ && !pages_.contains(key)) return;  // full: made afresh until the next change
  pages_.insert_or_assign(key, std::move(page));
}

}  // namespace medimeet::doctors
