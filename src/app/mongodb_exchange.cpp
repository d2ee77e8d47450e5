#include "app/mongodb_exchange.hpp"

#include <boost/json/parse.hpp>

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "common/error.hpp"
#include "common/json_output.hpp"

namespace medimeet::app {
namespace {

namespace fs = std::filesystem;

// Thrown inside the import's transaction to roll it back once a document was refused.
struct ImportRefused {};

std::vector<kernel::Collection*> in_seed_order(const std::vector<kernel::Collection*>& collections) {
  std::vector<kernel::Collection*> ordered;
  for (const auto name : seed_collection_names()) {
    const auto found = std::find_if(collections.begin(), collections.end(),
                                    [name](const kernel::Collection* collection) { return collection->name() == name; });
    if (found != collections.end()) ordered.push_back(*found);
  }
  return ordered;
}

class ProblemList {
 public:
  explicit ProblemList(ImportResult& result) : result_(result) {}

  void add(const std::string& file, long long line, std::string field, std::string message) {
    if (result_.problems.size() < ImportResult::kMaxProblems) {
      result_.problems.push_back({file, line, std::move(field), std::move(message)});
    } else {
      ++result_.problems_not_listed;
    }
  }
  void add(const std::string& file, long long line, const AppError& error) {
    if (error.fields().empty()) add(file, line, "", error.what());
    for (const auto& [field, problem] : error.fields()) add(file, line, field, problem.message);
  }
  bool empty() const { return result_.problems.empty(); }

 private:
  ImportResult& result_;
};

// Reads one file of the import; writes its documents through `transaction` while no document
// so far had a problem.
long long import_file(kernel::Collection& collection, const fs::path& path, kernel::ImportedIds& ids,
                      storage::Transaction& transaction, ProblemList& problems, bool& writing) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  const std::string file = path.filename().string();
  std::string text;
  long long line = 0;
  long long documents = 0;
  while (std::getline(in, text)) {
    ++line;
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    ++documents;
    boost::system::error_code parse_error;
    auto parsed = boost::json::parse(text, parse_error);
    if (parse_error || !parsed.is_object()) {
      problems.add(file, line, "", "is not one JSON document");
      writing = false;
      continue;
    }
    FieldErrors conversion;
    JsonInput document(from_extended_json(std::move(parsed.get_object()), conversion));
    for (auto& [field, problem] : conversion) document.reject(field, std::move(problem));
    kernel::DocumentInsert insert;
    try {
      insert = collection.import_document(document, ids);
      document.finish();
    } catch (const AppError& error) {
      problems.add(file, line, error);
      writing = false;
      continue;
    }
    if (!writing) continue;
    try {
      insert(transaction);
    } catch (const AppError& error) {
      problems.add(file, line, error);
      writing = false;
    } catch (const std::exception& error) {
      // The database refused it (PostgreSQL then refuses every later statement of the
      // transaction): the rest of the files are only checked.
      problems.add(file, line, "", std::string("the database refused it: ") + error.what());
      writing = false;
    }
  }
  return documents;
}

}  // namespace

std::vector<std::string_view> seed_collection_names() {
  return {"users",    "patients", "doctors", "appointments", "notifications", "messages", "teleconsultations",
          "payments", "reviews",  "medicalrecords"};
}

DocumentCounts export_mongodb(storage::Database& database, const std::vector<kernel::Collection*>& collections,
                              const fs::path& directory) {
  if (!fs::exists(directory)) {
    fs::create_directories(directory);
    fs::permissions(directory, fs::perms::owner_all);
  }
  return database.read_snapshot([&](soci::session& sql) {
    DocumentCounts counts;
    for (auto* collection : in_seed_order(collections)) {
      const auto target = directory / (std::string(collection->name()) + ".json");
      const auto partial = fs::path(target.string() + ".partial");
      long long documents = 0;
      try {
        std::ofstream out(partial, std::ios::trunc);
        if (!out) throw std::runtime_error("cannot write " + partial.string());
        fs::permissions(partial, fs::perms::owner_read | fs::perms::owner_write);
        collection->export_documents(sql, [&](const boost::json::object& document) {
          out << to_json_text(to_extended_json(document, collection->shape())) << '\n';
          ++documents;
        });
        out.flush();
        if (!out) throw std::runtime_error("cannot write " + partial.string());
      } catch (...) {
        std::error_code ignored;
        fs::remove(partial, ignored);  // no half file is left to be taken for a whole one
        throw;
      }
      fs::rename(partial, target);
      counts.emplace_back(collection->name(), documents);
    }
    return counts;
  });
}

ImportResult import_mongodb(storage::Database& database, const std::vector<kernel::Collection*>& collections,
                            const fs::path& directory) {
  if (!fs::is_directory(directory)) throw std::runtime_error(directory.string() + " is not a directory");
  ImportResult result;
  const auto known = seed_collection_names();
  for (const auto& entry : fs::directory_iterator(directory)) {
    if (entry.path().extension() != ".json") continue;
    const auto stem = entry.path().stem().string();
    if (std::find(known.begin(), known.end(), stem) == known.end()) {
      result.ignored_files.push_back(entry.path().filename().string());
    }
  }
  std::sort(result.ignored_files.begin(), result.ignored_files.end());

  ProblemList problems(result);
  try {
    database.write([&](storage::Transaction& transaction) {
      kernel::ImportedIds ids;
      bool writing = true;
      for (auto* collection : in_seed_order(collections)) {
        const auto path = directory / (std::string(collection->name()) + ".json");
        if (!fs::exists(path)) continue;
        const auto documents = import_file(*collection, path, ids, transaction, problems, writing);
        result.documents.emplace_back(collection->name(), documents);
      }
      if (!problems.empty()) throw ImportRefused{};
    });
  } catch (const ImportRefused&) {
    // Rolled back: the database is as it was.
  }
  return result;
}

}  // namespace medimeet::app
