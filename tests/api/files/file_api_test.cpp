// Files over HTTP: an upload is the raw body, read as it arrives and sealed; its download is the
// same bytes, sandboxed; only its uploader reads it (until something refers to it); what is too
// large or not what it says is refused and leaves nothing; the master key file is the owner's
// alone and the files outlive a restart.
#include <gtest/gtest.h>
#include <soci/soci.h>
#include <sodium.h>
#include <sys/stat.h>

#include <fstream>

#include "loopback.hpp"
#include "sample_files.hpp"
#include "server_process.hpp"
#include "storage/database.hpp"
#include "test_server.hpp"

namespace medimeet {
namespace {

using testing::HttpResult;
using testing::TestAccount;
using testing::pdf_of_size;
using testing::TestBackend;
using testing::TestServer;
using testing::text;
using testing::upload;


std::string sha256_hex(const std::string& bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

long long count_rows(TestServer& server) { return server.count_rows("files") + server.count_rows("file_chunks"); }

class FileApiTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  TestServer server_{GetParam()};
};

TEST_P(FileApiTest, AnUploadComesBackTheSameToItsUploaderAlone) {
  auto ann = server_.register_account("patient", "ann@example.com");
  auto bob = server_.register_account("patient", "bob@example.com");
  auto doctor = server_.register_account("doctor", "dr.lee@example.com");
  const auto content = pdf_of_size(2 * 1024 * 1024 + 77);  // large enough for curl to ask 100-continue
  const auto uploaded = upload(server_.client(), ann, content, "application/pdf", "r%C3%A9sultats%20sanguins.pdf");
  ASSERT_EQ(uploaded.status, 201) << uploaded.body;
  const auto file = uploaded.json();
  EXPECT_EQ(text(file.at("name")), "résultats sanguins.pdf");
  EXPECT_EQ(text(file.at("type")), "application/pdf");
  EXPECT_EQ(file.at("size"), static_cast<long long>(content.size()));
  EXPECT_EQ(text(file.at("sha256")), sha256_hex(content));
  const auto id = text(file.at("_id"));

  const auto downloaded = server_.client().get("/api/v1/files/" + id, ann.token);
  ASSERT_EQ(downloaded.status, 200);
  EXPECT_TRUE(downloaded.body == content);
  EXPECT_EQ(downloaded.header("content-type"), "application/pdf");
  EXPECT_EQ(downloaded.header("content-disposition"),
            "attachment; filename=\"r_sultats sanguins.pdf\"; filename*=UTF-8''r%C3%A9sultats%20sanguins.pdf");
  EXPECT_EQ(downloaded.header("x-content-type-options"), "nosniff");
  EXPECT_EQ(downloaded.header("content-security-policy"), "sandbox");
  EXPECT_EQ(server_.client().get("/api/v1/files/" + id + "?inline=1", ann.token).header("content-disposition").rfind("inline;", 0), 0u);

  EXPECT_EQ(server_.client().get("/api/v1/files/" + id, bob.token).status, 404) << "another patient";
  EXPECT_EQ(server_.client().get("/api/v1/files/" + id, doctor.token).status, 404) << "an unrelated doctor";
  EXPECT_EQ(server_.client().get("/api/v1/files/" + id).status, 401);
  EXPECT_EQ(server_.client().get("/api/v1/files/0123456789abcdef01234567", ann.token).status, 404);
}

TEST_P(FileApiTest, WhatIsNotWhatItSaysOrHasNoNameIsRefusedAndLeavesNothing) {
  auto ann = server_.register_account("patient", "ann@example.com");
  const std::string executable = std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0", 20) + std::string(70000, '\0');
  auto refused = upload(server_.client(), ann, executable, "application/pdf", "report.pdf");
  EXPECT_EQ(refused.status, 415);
  EXPECT_EQ(refused.error_code(), "unsupported_file_type");
  EXPECT_EQ(upload(server_.client(), ann, pdf_of_size(1000), "image/png", "scan.png").status, 415);
  auto unnamed = upload(server_.client(), ann, pdf_of_size(1000), "application/pdf", "");
  EXPECT_EQ(unnamed.status, 400);
  EXPECT_EQ(unnamed.problem_code("X-File-Name"), "required");
  EXPECT_EQ(upload(server_.client(), ann, pdf_of_size(1000), "application/pdf", "bad%ZZname").problem_code("X-File-Name"),
            "not_percent_encoded");
  EXPECT_EQ(upload(server_.client(), ann, pdf_of_size(1000), "application/pdf", "%FF%FE.pdf").problem_code("X-File-Name"),
            "not_percent_encoded")
      << "not UTF-8";
  EXPECT_EQ(count_rows(server_), 0);
  // The connection served the next request after each refusal.
  EXPECT_EQ(upload(server_.client(), ann, "Résultats : normaux\n", "text/plain; charset=utf-8", "note.txt").status, 201);
}

TEST_P(FileApiTest, TheMasterKeyFileIsTheOwnersAloneAndFilesOutliveARestart) {
  const auto data_dir = testing::temporary_directory();
  const auto database = testing::fresh_database_url(GetParam());
  auto keep = [&](app::Config& config) { config.data_dir = data_dir; };
  std::string id;
  std::string token;
  const auto content = pdf_of_size(300 * 1024);
  {
    TestServer first(GetParam(), {.adjust = keep, .database_url = database});
    struct stat status {};
    ASSERT_EQ(::stat((data_dir + "/master.key").c_str(), &status), 0);
    EXPECT_EQ(status.st_mode & 0777, 0600u);
    auto ann = first.register_account("patient", "ann@example.com");
    token = ann.token;
    id = text(upload(first.client(), ann, content, "application/pdf", "scan.pdf").json().at("_id"));
  }
  TestServer second(GetParam(), {.adjust = keep, .database_url = database});
  const auto downloaded = second.client().get("/api/v1/files/" + id, token);
  EXPECT_EQ(downloaded.status, 200);
  EXPECT_TRUE(downloaded.body == content);
}

TEST_P(FileApiTest, AFileAlteredInTheDatabaseIsRefusedBeforeItsFirstByte) {
  auto ann = server_.register_account("patient", "ann@example.com");
  const auto id = text(upload(server_.client(), ann, pdf_of_size(400 * 1024), "application/pdf", "scan.pdf").json().at("_id"));
  server_.app().database().write([&](soci::session& sql) {
    std::string sealed;
    sql << "SELECT sealed FROM file_chunks WHERE file_id = :f AND position = 5", soci::into(sealed), soci::use(id);
    sealed[20] = sealed[20] == 'A' ? 'B' : 'A';
    sql << "UPDATE file_chunks SET sealed = :s WHERE file_id = :f AND position = 5", soci::use(sealed), soci::use(id);
  });
  const auto refused = server_.client().get("/api/v1/files/" + id, ann.token);
  EXPECT_EQ(refused.status, 500);
  EXPECT_EQ(refused.error_code(), "file_damaged");
  EXPECT_EQ(refused.body.find("%PDF"), std::string::npos) << "not one byte of it";
}

INSTANTIATE_TEST_SUITE_P(Backends, FileApiTest, testing::all_backends(), testing::backend_test_name);

long rss_kib(pid_t pid, const std::string& field) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field + ":", 0) == 0) return std::stol(line.substr(field.size() + 1));
  }
  return 0;
}

// The real binary, so that its memory is its own: an 18 MiB upload is stored without the server
// ever holding it (its peak memory grows far less than that), and a 25 MiB one past the 20 MiB
// limit is refused with 413 and leaves nothing, whether its length is announced or not.
TEST(FileUploadMemory, UploadsAreNeverHeldWholeAndOnesOverTheLimitAreRefused) {
  const auto data_dir = testing::temporary_directory();
  const auto database = testing::fresh_database_url(TestBackend::sqlite);
  testing::ServerProcess server(database, data_dir, testing::free_loopback_port());
  testing::HttpClient client(server.base_url());
  auto registered = client.post("/api/v1/auth/register",
                                boost::json::object{{"name", "Ann"}, {"email", "ann@example.com"},
                                                    {"password", "a fine long password"}, {"role", "patient"},
                                                    {"phone", "+33612345678"}});
  ASSERT_EQ(registered.status, 201);
  const TestAccount ann{text(registered.json().at("user").at("_id")), text(registered.json().at("token")), "", ""};
  // Warm up: the first upload's buffers and the database pages.
  ASSERT_EQ(upload(client, ann, pdf_of_size(1024 * 1024), "application/pdf", "warm.pdf").status, 201);
  const auto peak_before = rss_kib(server.pid(), "VmHWM");

  const auto large = pdf_of_size(18 * 1024 * 1024);
  const auto stored = upload(client, ann, large, "application/pdf", "large.pdf");
  ASSERT_EQ(stored.status, 201) << stored.body;
  EXPECT_TRUE(client.get("/api/v1/files/" + text(stored.json().at("_id")), ann.token).body == large);
  const auto growth_kib = rss_kib(server.pid(), "VmHWM") - peak_before;
  EXPECT_LT(growth_kib, 8 * 1024) << "storing and serving 18 MiB grew the server's peak memory by " << growth_kib
                                  << " KiB";

  const auto too_large = pdf_of_size(25 * 1024 * 1024);
  EXPECT_EQ(upload(client, ann, too_large, "application/pdf", "announced.pdf").status, 413);
  testing::HttpClient chunked_client(server.base_url());
  const auto chunked = chunked_client.send("POST", "/api/v1/files", too_large,
                                           {{"Authorization", "Bearer " + ann.token},
                                            {"Content-Type", "application/pdf"},
                                            {"X-File-Name", "unannounced.pdf"},
                                            {"Transfer-Encoding", "chunked"}});
  EXPECT_EQ(chunked.status, 413) << chunked.body;
  storage::Database kept(database, 1);
  EXPECT_EQ(kept.read([](soci::session& sql) {
              long long files = 0;
              sql << "SELECT COUNT(*) FROM files", soci::into(files);
              return files;
            }),
            2)
      << "the warm-up file and the 18 MiB one";
}

}  // namespace
}  // namespace medimeet
