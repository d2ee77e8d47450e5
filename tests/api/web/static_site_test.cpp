#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "test_server.hpp"

namespace medimeet {
namespace {

namespace fs = std::filesystem;

void write_file(const fs::path& path, const std::string& content) {
  fs::create_directories(path.parent_path());
  std::ofstream(path) << content;
}

class StaticSiteTest : public ::testing::Test {
 protected:
  StaticSiteTest() {
    const fs::path dir = testing::temporary_directory() + "/dist";
    write_file(dir / "index.html", "<!doctype html><title>MediMeet</title>");
    write_file(dir / "assets" / "index-4f2a9c.js", "console.log('app')");
    write_file(dir / "assets" / "index-77aa01.css", "body{}");
    write_file(dir / "favicon.svg", "<svg/>");
    web_dir_ = dir.string();
  }
  std::string web_dir_;
};

TEST_F(StaticSiteTest, ServesTheAppWithTypesAndCaching) {
  testing::TestServer server(testing::TestBackend::sqlite,
                             {.adjust = [this](app::Config& config) { config.web_dir = web_dir_; }});
  auto index = server.client().get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(index.header("cache-control"), "no-cache");
  EXPECT_NE(index.body.find("<title>MediMeet</title>"), std::string::npos);
  EXPECT_NE(index.header("content-security-policy").find("default-src 'self'"), std::string::npos);
  EXPECT_NE(index.header("content-security-policy").find("frame-src blob:;"), std::string::npos)
      << "the app previews the medical files it fetched, and frames nothing else";

  auto script = server.client().get("/assets/index-4f2a9c.js");
  EXPECT_EQ(script.status, 200);
  EXPECT_EQ(script.header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(script.header("cache-control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(server.client().get("/assets/index-77aa01.css").header("content-type"), "text/css; charset=utf-8");
  EXPECT_EQ(server.client().get("/favicon.svg").header("content-type"), "image/svg+xml");

  // The app's own routes load the app; a missing asset or API path does not.
  for (const char* route : {"/doctors/6924810000aabbccddeeff00", "/verify-email", "/reset-password"}) {
    auto page = server.client().get(route);
    EXPECT_EQ(page.status, 200) << route;
    EXPECT_NE(page.body.find("<title>MediMeet</title>"), std::string::npos) << route;
  }
  EXPECT_EQ(server.client().get("/assets/missing-000000.js").status, 404);
  auto api = server.client().get("/api/v1/nowhere");
  EXPECT_EQ(api.status, 404);
  EXPECT_EQ(api.error_code(), "not_found");
  EXPECT_EQ(server.client().get("/../../etc/passwd").body.find("root:"), std::string::npos);
  EXPECT_EQ(server.client().get("/%2e%2e/%2e%2e/etc/passwd").body.find("root:"), std::string::npos);
  EXPECT_EQ(server.client().send("POST", "/doctors", "{}").status, 404);
}

TEST_F(StaticSiteTest, WithoutABuildTheApiStillWorks) {
  testing::TestServer server(testing::TestBackend::sqlite,
                             {.adjust = [](app::Config& config) { config.web_dir = "/nonexistent/dist"; }});
  EXPECT_EQ(server.client().get("/").status, 404);
  EXPECT_EQ(server.client().get("/healthz").status, 200);
}

}  // namespace
}  // namespace medimeet
