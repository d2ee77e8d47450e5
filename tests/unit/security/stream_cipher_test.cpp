// Files are sealed chunk by chunk under a key of their own, wrapped by the master key: what
// comes back out is what went in, and anything altered, reordered, cut short or moved to another
// file does not open.
#include "security/stream_cipher.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <fstream>

#include "test_database.hpp"

namespace medimeet::security {
namespace {

std::vector<std::string> seal_all(StreamSealer& sealer, const std::vector<std::string>& chunks) {
  std::vector<std::string> sealed;
  for (std::size_t i = 0; i < chunks.size(); ++i) sealed.push_back(sealer.seal(chunks[i], i + 1 == chunks.size()));
  return sealed;
}

TEST(StreamCipher, WhatIsSealedOpensInOrderAndEndsWithTheLastChunk) {
  const auto key = SecretKey::random();
  StreamSealer sealer(key);
  const std::vector<std::string> chunks{"%PDF-1.7 first", std::string(65536, 'x'), ""};
  const auto sealed = seal_all(sealer, chunks);
  EXPECT_EQ(sealed[0].find("%PDF"), std::string::npos) << "no plaintext in what is stored";
  StreamOpener opener(key, sealer.header());
  for (std::size_t i = 0; i < chunks.size(); ++i) {
    EXPECT_FALSE(opener.finished());
    EXPECT_EQ(opener.open(sealed[i]), chunks[i]);
  }
  EXPECT_TRUE(opener.finished());
  EXPECT_THROW(opener.open(sealed[0]), CipherError) << "nothing after the last";
}

TEST(StreamCipher, AnAlteredReorderedOrForeignChunkDoesNotOpen) {
  const auto key = SecretKey::random();
  StreamSealer sealer(key);
  auto sealed = seal_all(sealer, {"one", "two", "three"});

  auto altered = sealed[0];
  altered[altered.size() / 2] ^= 0x01;
  EXPECT_THROW(StreamOpener(key, sealer.header()).open(altered), CipherError);

  StreamOpener reordered(key, sealer.header());
  EXPECT_THROW(reordered.open(sealed[1]), CipherError);

  EXPECT_THROW(StreamOpener(SecretKey::random(), sealer.header()).open(sealed[0]), CipherError);
  EXPECT_THROW(StreamOpener(key, "short"), CipherError);

  StreamOpener truncated(key, sealer.header());
  truncated.open(sealed[0]);
  truncated.open(sealed[1]);
  EXPECT_FALSE(truncated.finished()) << "a stream cut before its last chunk is told apart";
}

TEST(SecretKey, AWrappedKeyOpensUnderItsMasterKeyAndForItsOwnFileOnly) {
  const auto master = SecretKey::random();
  const auto key = SecretKey::random();
  const auto wrapped = wrap_key(master, key, "file-1");
  const auto unwrapped = unwrap_key(master, wrapped, "file-1");
  EXPECT_EQ(std::string_view(reinterpret_cast<const char*>(unwrapped.data()), SecretKey::kSize),
            std::string_view(reinterpret_cast<const char*>(key.data()), SecretKey::kSize));
  EXPECT_THROW(unwrap_key(master, wrapped, "file-2"), CipherError) << "moved to another file";
  EXPECT_THROW(unwrap_key(SecretKey::random(), wrapped, "file-1"), CipherError);
  auto altered = wrapped;
  altered.back() ^= 0x01;
  EXPECT_THROW(unwrap_key(master, altered, "file-1"), CipherError);
}

TEST(SecretKey, SealedTextOpensUnderItsKeyAndInItsOwnContextOnly) {
  const auto key = SecretKey::random();
  const auto sealed = seal(key, "Allergie à la pénicilline", "entry-1");
  EXPECT_EQ(sealed.find("pénicilline"), std::string::npos) << "nothing readable without the key";
  EXPECT_EQ(open_sealed(key, sealed, "entry-1"), "Allergie à la pénicilline");
  EXPECT_NE(seal(key, "Allergie à la pénicilline", "entry-1"), sealed) << "a fresh nonce each time";
  EXPECT_THROW(open_sealed(key, sealed, "entry-2"), CipherError) << "copied onto another entry";
  EXPECT_THROW(open_sealed(SecretKey::random(), sealed, "entry-1"), CipherError);
  EXPECT_THROW(open_sealed(key, sealed.substr(0, 10), "entry-1"), CipherError) << "truncated";
  EXPECT_EQ(open_sealed(key, seal(key, "", "entry-1"), "entry-1"), "");
}

TEST(SecretKey, TheMasterKeyFileIsCreatedForItsOwnerAloneAndReadBackTheSame) {
  const auto path = std::filesystem::path(testing::temporary_directory()) / "keys" / "master.key";
  const auto created = load_or_create_master_key(path);
  struct stat status {};
  ASSERT_EQ(::stat(path.c_str(), &status), 0);
  EXPECT_EQ(status.st_mode & 0777, 0600u);
  EXPECT_EQ(std::filesystem::file_size(path), SecretKey::kSize);
  const auto read_back = load_or_create_master_key(path);
  const auto wrapped = wrap_key(created, SecretKey::random(), "file");
  EXPECT_NO_THROW(unwrap_key(read_back, wrapped, "file")) << "the same key after a restart";

  std::filesystem::permissions(path, std::filesystem::perms::group_read, std::filesystem::perm_options::add);
  EXPECT_THROW(load_or_create_master_key(path), std::runtime_error) << "a key others may read is refused";
  std::filesystem::permissions(path, std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  std::ofstream(path, std::ios::trunc) << "short";
  EXPECT_THROW(load_or_create_master_key(path), std::runtime_error);
}

}  // namespace
}  // namespace medimeet::security
