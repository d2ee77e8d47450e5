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

HttpResult upload(HttpClient& client, const TestAccount& who, const std::string& content, const std::string& type,
                  const std::string& encoded_name) {
  std::map<std::string, std::string> headers{{"Authorization", "Bearer " + who.token}, {"Content-Type", type}};
  if (!encoded_name.empty()) headers["X-File-Name"] = encoded_name;
  return client.send("POST", "/api/v1/files", content, headers);
}

}  // namespace medimeet::testing
