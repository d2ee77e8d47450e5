#include "app/config.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace medimeet::app
