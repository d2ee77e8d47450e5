// Every JSON endpoint, found in the router's table, answers bad bodies with the right 4xx and
// changes nothing. A new JSON route is covered without touching this file.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <regex>

#include "test_server.hpp"

namespace medimeet {
namespace {

using testing::TestBackend;
using testing::TestServer;

class JsonContractTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  JsonContractTest() : server_(GetParam()) {
    patient_ = server_.register_account("patient", "ann@example.com");
    doctor_ = server_.register_account("doctor", "dr.bob@example.com");
    server_.wait_for_outbox_drained();
  }

  // Every table's rows, as text: equal snapshots mean nothing changed.
  std::string snapshot() {
    return server_.app().database().read([](soci::session& sql) {
      std::vector<std::string> tables;
      {
        std::string name;
        soci::statement list = (sql.prepare << (server_backend_is_sqlite(sql)
                                                    ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                                                    : "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"),
                                soci::into(name));
        list.execute();
        while (list.fetch()) tables.push_back(name);
      }
      std::string dump;
      for (const auto& table : tables) {
        soci::rowset<soci::row> rows = (sql.prepare << "SELECT * FROM " + table + " ORDER BY 1");
        dump += "[" + table + "]";
        for (const auto& row : rows) {
          for (std::size_t i = 0; i < row.size(); ++i) {
            if (row.get_indicator(i) == soci::i_null) {
              dump += "NULL|";
              continue;
            }
            switch (row.get_properties(i).get_data_type()) {
              case soci::dt_string: dump += row.get<std::string>(i); break;
              case soci::dt_integer: dump += std::to_string(row.get<int>(i)); break;
              case soci::dt_long_long: dump += std::to_string(row.get<long long>(i)); break;
              default: dump += "?"; break;
            }
            dump += "|";
          }
          dump += "\n";
        }
      }
      return dump;
    });
  }

  static bool server_backend_is_sqlite(soci::session& sql) { return sql.get_backend_name() == "sqlite3"; }

  TestServer server_;
  testing::TestAccount patient_;
  testing::TestAccount doctor_;
};

TEST_P(JsonContractTest, BadBodiesGetClearErrorsAndChangeNothing) {
  const auto before = snapshot();
  ASSERT_NE(before.find("ann@example.com"), std::string::npos);
  int routes_checked = 0;
  for (const auto& route : server_.app().router().routes()) {
    if (route.body != http::Body::json) continue;
    ++routes_checked;
    const auto method = std::string(http::to_string(route.method));
    const auto path = std::regex_replace(route.pattern, std::regex("\\{[^}]+\\}"), "6924810000aabbccddeeff00");
    SCOPED_TRACE(method + " " + path);
    // Each caller on the routes of their role, so the body is what fails.
    const auto& caller = route.access == access::Access::doctor ? doctor_ : patient_;
    const std::map<std::string, std::string> auth = {{"Authorization", "Bearer " + caller.token}};

    auto headers = auth;
    headers["Content-Type"] = "text/plain";
    EXPECT_EQ(server_.client().send(method, path, "{}", headers).status, 415);

    auto malformed = server_.client().send(method, path, "{\"a\":", auth);
    EXPECT_EQ(malformed.status, 400);
    EXPECT_EQ(malformed.error_code(), "malformed_json");

    auto not_object = server_.client().send(method, path, "[]", auth);
    EXPECT_EQ(not_object.status, 400);
    EXPECT_EQ(not_object.error_code(), "malformed_json");

    auto unknown = server_.client().send(method, path, R"({"surpriseField":1})", auth);
    EXPECT_EQ(unknown.status, 400);
    EXPECT_EQ(unknown.error_code(), "validation_failed");
    EXPECT_EQ(unknown.field_error("surpriseField"), "is not a known field");

    auto huge = server_.client().send(method, path, "{\"a\":\"" + std::string(1024 * 1024, 'x') + "\"}", auth);
    EXPECT_EQ(huge.status, 413);
  }
  EXPECT_GE(routes_checked, 8);
  EXPECT_EQ(snapshot(), before);
}

INSTANTIATE_TEST_SUITE_P(Backends, JsonContractTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet
