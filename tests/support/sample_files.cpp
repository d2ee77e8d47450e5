#include "sample_files.hpp"

#include <random>

namespace medimeet::testing {

std::string pdf_of_size(std::size_t size) {
  std::string content = "%PDF-1.7\n";
  std::mt19937 random(7);
  while (content.size() < size) content.push_back(static_cast<char>(random() & 0xFF));
  content.resize(size);
  return content;
}

}  // namespace medimeet::testing
