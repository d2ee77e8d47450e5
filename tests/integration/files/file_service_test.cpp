// The file store on both backends: a file goes in chunk by chunk and comes out the same, after a
// restart too; what is too large or not what it says is refused and leaves nothing; a chunk
// altered in the database is never served; nothing stored holds the plaintext.
#include "files/file_service.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>


#include "common/embedded_file.hpp"
#include "common/error.hpp"
#include "manual_clock.hpp"
#include "storage/migrations.hpp"
#include "sample_files.hpp"
#include "test_database.hpp"

namespace medimeet::files {
namespace {

using testing::pdf_of_size;
using testing::TestBackend;


// Hands `content` out in pieces of uneven sizes, as a network does.
ChunkSource source_of(const std::string& content) {
  auto offset = std::make_shared<std::size_t>(0);
  return [&content, offset](char* buffer, std::size_t capacity) {
    const auto n = std::min({capacity, content.size() - *offset, std::size_t{7000} + *offset % 3000});
    std::copy_n(content.data() + *offset, n, buffer);
    *offset += n;
    return n;
  };
}

class FileServiceTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  FileServiceTest() : database_(testing::fresh_database_url(GetParam()), 4) {
    storage::migrate(database_, embedded_migrations());
    database_.write([](soci::session& sql) {
      sql << "INSERT INTO users (id, name, name_folded, email, password, role, phone, email_verified, phone_verified, "
             "language, created_at, updated_at) VALUES ('0000000000000000000000a1', 'Ann', 'ann', 'ann@example.com', "
             "'x', 'patient', '+33612345678', 1, 0, 'fr', 0, 0)";
    });
  }

  FileService service(FileSettings settings = {}) {
    return FileService(database_, clock_, audit_, master_, settings);
  }
  std::string read_back(FileService& files, const std::string& id) {
    std::string content;
    files.read(id, [&](std::string_view chunk) { content.append(chunk); });
    return content;
  }
  long long count(const std::string& table) {
    return database_.read([&](soci::session& sql) {
      long long n = 0;
      sql << "SELECT COUNT(*) FROM " + table, soci::into(n);
      return n;
    });
  }
  static std::string error_code_of(const std::function<void()>& action) {
    try {
      action();
    } catch (const AppError& error) {
      return error.code();
    }
    return "no error";
  }

  storage::Database database_;
  testing::ManualClock clock_;
  audit::AuditLog audit_{database_, clock_};
  security::SecretKey master_ = security::SecretKey::random();
  access::Caller ann_{"0000000000000000000000a1", access::Role::patient, "s1", true, {}};
};

TEST_P(FileServiceTest, AFileGoesInChunkByChunkAndComesOutTheSameAfterARestart) {
  const auto content = pdf_of_size(3 * FileService::kChunkSize * 7 + 12345);  // several commits of chunks
  auto files = service();
  const auto stored = files.store(ann_, {"../../etc/résultats\x01 sanguins.pdf", "application/pdf"}, source_of(content));
  EXPECT_EQ(stored.name, "résultats sanguins.pdf") << "no path, no control character";
  EXPECT_EQ(stored.media_type, "application/pdf");
  EXPECT_EQ(stored.size, static_cast<long long>(content.size()));
  EXPECT_EQ(stored.sha256.size(), 64u);
  EXPECT_EQ(read_back(files, stored.id), content);

  auto after_restart = service();
  EXPECT_EQ(after_restart.describe(stored.id).sha256, stored.sha256);
  EXPECT_EQ(read_back(after_restart, stored.id), content);

  const auto sealed = database_.read([&](soci::session& sql) {
    std::string text;
    sql << "SELECT sealed FROM file_chunks WHERE file_id = :f AND position = 0", soci::into(text), soci::use(stored.id);
    return text;
  });
  EXPECT_EQ(sealed.find("JVBERi0"), std::string::npos) << "no base64 of %PDF- on disk";
  EXPECT_EQ(error_code_of([&] { FileService(database_, clock_, audit_, security::SecretKey::random(), {}).read(stored.id, [](auto) {}); }),
            "file_damaged")
      << "another master key opens nothing";
}

TEST_P(FileServiceTest, AFileOverTheLimitOrNotWhatItSaysIsRefusedAndLeavesNothing) {
  auto files = service({.max_upload = 1024 * 1024});
  const auto too_large = pdf_of_size(1024 * 1024 + 1);
  EXPECT_EQ(error_code_of([&] { files.store(ann_, {"big.pdf", "application/pdf"}, source_of(too_large)); }),
            "payload_too_large");
  const std::string executable = std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0", 20) + std::string(5000, '\0');
  EXPECT_EQ(error_code_of([&] { files.store(ann_, {"report.pdf", "application/pdf"}, source_of(executable)); }),
            "unsupported_file_type");
  EXPECT_EQ(error_code_of([&] { files.store(ann_, {"empty.txt", "text/plain"}, source_of("")); }),
            "unsupported_file_type");
  EXPECT_EQ(count("files"), 0);
  EXPECT_EQ(count("file_chunks"), 0);

  const auto exactly = pdf_of_size(1024 * 1024);
  EXPECT_EQ(files.store(ann_, {"fits.pdf", "application/pdf"}, source_of(exactly)).size, 1024 * 1024);
}

TEST_P(FileServiceTest, AChunkAlteredInTheDatabaseIsNeverServed) {
  const auto content = pdf_of_size(5 * FileService::kChunkSize);
  auto files = service();
  const auto stored = files.store(ann_, {"scan.pdf", "application/pdf"}, source_of(content));
  database_.write([&](soci::session& sql) {
    std::string text;
    sql << "SELECT sealed FROM file_chunks WHERE file_id = :f AND position = 3", soci::into(text), soci::use(stored.id);
    text[10] = text[10] == 'A' ? 'B' : 'A';
    sql << "UPDATE file_chunks SET sealed = :s WHERE file_id = :f AND position = 3", soci::use(text), soci::use(stored.id);
  });
  EXPECT_EQ(error_code_of([&] { files.verify(stored.id); }), "file_damaged") << "refused before serving";
  std::size_t served = 0;
  EXPECT_EQ(error_code_of([&] { files.read(stored.id, [&](std::string_view chunk) { served += chunk.size(); }); }),
            "file_damaged");
  EXPECT_EQ(served, 3 * FileService::kChunkSize) << "the stream stops at the altered chunk";

  const auto truncated = files.store(ann_, {"other.pdf", "application/pdf"}, source_of(content));
  database_.write([&](soci::session& sql) {
    sql << "DELETE FROM file_chunks WHERE file_id = :f AND position = 4", soci::use(truncated.id);
  });
  EXPECT_EQ(error_code_of([&] { files.verify(truncated.id); }), "file_damaged") << "cut short";
}

TEST_P(FileServiceTest, AnUploadLeftIncompleteIsInvisibleAndPurgedAnHourOn) {
  auto files = service();
  const auto content = pdf_of_size(3 * FileService::kChunkSize * 7);
  // The source fails mid-way, as a connection that drops.
  std::size_t given = 0;
  ChunkSource failing = [&](char* buffer, std::size_t capacity) -> std::size_t {
    if (given > 2 * FileService::kChunkSize * 7) throw std::runtime_error("connection reset");
    const auto n = std::min(capacity, content.size() - given);
    std::copy_n(content.data() + given, n, buffer);
    given += n;
    return n;
  };
  EXPECT_THROW(files.store(ann_, {"cut.pdf", "application/pdf"}, failing), std::runtime_error);
  EXPECT_EQ(count("files"), 0) << "removed when the upload failed";

  // A crash leaves the rows of an incomplete file: they are never served, then purged.
  database_.write([&](soci::session& sql) {
    sql << "INSERT INTO files (id, owner_id, name, media_type, wrapped_key, stream_header, complete, created_at) "
           "VALUES ('0000000000000000000000f1', '0000000000000000000000a1', 'x.pdf', 'application/pdf', 'AA==', "
           "'AA==', 0, :c)",
        soci::use(to_epoch_ms(clock_.now()));
  });
  EXPECT_EQ(error_code_of([&] { files.describe("0000000000000000000000f1"); }), "not_found");
  EXPECT_EQ(files.purge_expired(), 0);
  clock_.advance(std::chrono::hours(1));
  EXPECT_EQ(files.purge_expired(), 1);
}

TEST_P(FileServiceTest, AFileNobodyRefersToGoesADayAfterItsUploadAndAnAttachedOneStays) {
  auto files = service();
  const auto content = pdf_of_size(1000);
  const auto kept = files.store(ann_, {"kept.pdf", "application/pdf"}, source_of(content));
  const auto dropped = files.store(ann_, {"dropped.pdf", "application/pdf"}, source_of(content));
  database_.write([&](soci::session& sql) { files.attach(sql, ann_, kept.id); });

  clock_.advance(std::chrono::hours(23));
  EXPECT_EQ(files.purge_expired(), 0) << "a day to attach it";
  clock_.advance(std::chrono::hours(1));
  EXPECT_EQ(files.purge_expired(), 1);
  EXPECT_EQ(error_code_of([&] { files.describe(dropped.id); }), "not_found");
  EXPECT_EQ(read_back(files, kept.id), content);

  // Detached by the last document that referred to it, it goes at the next purge.
  database_.write([&](soci::session& sql) { files.detach(sql, kept.id); });
  EXPECT_EQ(files.purge_expired(), 1);
  EXPECT_EQ(count("file_chunks"), 0);
}

TEST_P(FileServiceTest, OnlyItsUploaderAttachesAFileAndAMissingOneAnswersTheSame) {
  auto files = service();
  const auto stored = files.store(ann_, {"a.pdf", "application/pdf"}, source_of(pdf_of_size(1000)));
  access::Caller other{"0000000000000000000000b2", access::Role::doctor, "s2", true, {}};
  auto attach = [&](const access::Caller& caller, const std::string& id) {
    return error_code_of([&] { database_.write([&](soci::session& sql) { files.attach(sql, caller, id); }); });
  };
  EXPECT_EQ(attach(other, stored.id), "file_not_yours");
  EXPECT_EQ(attach(ann_, "0000000000000000000000ff"), "file_not_yours");
  EXPECT_EQ(attach(ann_, stored.id), "no error");
}

TEST_P(FileServiceTest, UploadsAndReadsAreInTheAuditLogWithThePatientConcerned) {
  auto files = service();
  const auto stored = files.store(ann_, {"a.pdf", "application/pdf"}, source_of(pdf_of_size(1000)));
  auto reader = ann_;
  reader.client_address = "192.0.2.7";
  reader.request_id = "req-1";
  files.authorize_read(reader, stored.id);
  access::Caller stranger{"0000000000000000000000b2", access::Role::doctor, "s2", true, {}};
  EXPECT_EQ(error_code_of([&] { files.authorize_read(stranger, stored.id); }), "not_found");

  const auto log = audit_.access_log(ann_.user_id, {1, 10});
  ASSERT_EQ(log.total, 2) << "the stranger's refused read is not a read";
  EXPECT_EQ(log.rows[0].action, "file.read");
  EXPECT_EQ(log.rows[0].object_id, stored.id);
  EXPECT_EQ(log.rows[0].client_address, "192.0.2.7");
  EXPECT_EQ(log.rows[0].request_id, "req-1");
  EXPECT_EQ(log.rows[0].actor_name, "Ann");
  EXPECT_EQ(log.rows[1].action, "file.upload");
  EXPECT_TRUE(audit_.verify().intact);
}

TEST(FileName, IsKeptAsANameNeverAPath) {
  EXPECT_EQ(sanitize_file_name("C:\\Users\\ann\\compte-rendu.pdf"), "compte-rendu.pdf");
  EXPECT_EQ(sanitize_file_name("  ordonnance\n.pdf  "), "ordonnance.pdf");
  EXPECT_EQ(sanitize_file_name(".."), "file");
  EXPECT_EQ(sanitize_file_name("a/"), "file");
  std::string long_name;
  for (int i = 0; i < 300; ++i) long_name += "é";
  EXPECT_EQ(sanitize_file_name(long_name).size(), 255u * 2) << "255 characters, none cut in half";
}

INSTANTIATE_TEST_SUITE_P(Backends, FileServiceTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet::files
