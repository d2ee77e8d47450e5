#include "doctors/directory_pages.hpp"

namespace medimeet::doctors {

std::optional<DirectoryPage> DirectoryPages::find(const std::string& key, DirectoryGenerations generations,
                                                  TimePoint now) const {
  std::lock_guard lock(mutex_);
  if (generations.directory != directory_generation_) return std::nullopt;
  const auto found = pages_.find(key);
  if (found == pages_.end() || found->second.day_generation != generations.day) return std::nullopt;
  if (now > found->second.page.valid_until) return std::nullopt;
  return found->second.page;
}

void DirectoryPages::store(const std::string& key, DirectoryGenerations generations, DirectoryPage page) {
  std::lock_guard lock(mutex_);
  // A page made at an older generation than those kept is already out of date.
  if (generations.directory < directory_generation_) return;
  if (generations.directory > directory_generation_) {
    pages_.clear();
    directory_generation_ = generations.directory;
  }
  const auto kept = pages_.find(key);
  if (kept == pages_.end()) {
    if (pages_.size() >= capacity_) return;  // full: made afresh until the doctors' rows change
    pages_.emplace(key, Kept{generations.day, std::move(page)});
  } else if (generations.day >= kept->second.day_generation) {
    kept->second = Kept{generations.day, std::move(page)};
  }
}

}  // namespace medimeet::doctors
