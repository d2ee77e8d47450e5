#include "app/config.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace medimeet::app {
namespace {

TEST(Config, SplitsListenAddresses) {
  EXPECT_EQ(split_listen_address("127.0.0.1:8080"), std::make_pair(std::string("127.0.0.1"), std::uint16_t{8080}));
  EXPECT_EQ(split_listen_address("[::1]:80"), std::make_pair(std::string("::1"), std::uint16_t{80}));
  EXPECT_THROW(split_listen_address("127.0.0.1"), std::invalid_argument);
  EXPECT_THROW(split_listen_address("127.0.0.1:http"), std::invalid_argument);
  EXPECT_THROW(split_listen_address("127.0.0.1:70000"), std::invalid_argument);
}

TEST(Config, DerivesDefaults) {
  Config config;
  config.data_dir = "/tmp/medimeet-config-test";
  config.listen = "127.0.0.1:9000";
  const auto resolved = resolve(config);
  EXPECT_EQ(resolved.database_url, "sqlite:///tmp/medimeet-config-test/medimeet.db");
  EXPECT_EQ(resolved.public_url, "http://127.0.0.1:9000");
  EXPECT_GE(resolved.threads, 1u);
}

TEST(Config, TheWebAppIsFoundFromTheBinaryWhereverItIsStarted) {
  const auto root = std::filesystem::temp_directory_path() / "medimeet-web-dir-test";
  std::filesystem::remove_all(root);
  // Installed: <prefix>/bin/medimeet beside <prefix>/share/medimeet/web.
  std::filesystem::create_directories(root / "usr" / "bin");
  std::filesystem::create_directories(root / "usr" / "share" / "medimeet" / "web");
  EXPECT_EQ(default_web_dir(root / "usr" / "bin" / "medimeet"), (root / "usr" / "share" / "medimeet" / "web").string());
  // Built in a source tree: build/medimeet beside web/dist.
  std::filesystem::create_directories(root / "src" / "build");
  std::filesystem::create_directories(root / "src" / "web" / "dist");
  EXPECT_EQ(default_web_dir(root / "src" / "build" / "medimeet"), (root / "src" / "web" / "dist").string());
  // Neither: the current directory's web/dist, as before.
  EXPECT_EQ(default_web_dir(root / "elsewhere" / "medimeet"), "web/dist");
  std::filesystem::remove_all(root);
}

TEST(Config, UploadSizesAreBytesOrBinaryUnits) {
  EXPECT_EQ(parse_byte_size("20MiB"), 20u << 20);
  EXPECT_EQ(parse_byte_size("512KiB"), 512u << 10);
  EXPECT_EQ(parse_byte_size("1048576"), 1048576u);
  for (const char* wrong : {"", "MiB", "20MB", "20 MiB", "-1", "1.5MiB", "9999999999999"}) {
    EXPECT_EQ(parse_byte_size(wrong), std::nullopt) << wrong;
  }
}

TEST(Config, TheOriginOfAPublicUrlIsWhatBrowsersSend) {
  EXPECT_EQ(origin_of("https://MediMeet.example/app"), "https://medimeet.example");
  EXPECT_EQ(origin_of("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
  EXPECT_EQ(origin_of("https://medimeet.example:443"), "https://medimeet.example");
  EXPECT_THROW(origin_of("medimeet.example"), std::invalid_argument);
}

}  // namespace
}  // namespace medimeet::app
