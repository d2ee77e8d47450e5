#pragma once

#include <string>

namespace medimeet::testing {

enum class TestBackend { sqlite, postgresql };

// "SQLite" / "PostgreSQL", for test names.
std::string backend_name(TestBackend backend);

// A new, empty database of its own for one test: a file in a fresh temporary directory, or a
// new database on the test PostgreSQL server. The PostgreSQL server is the one CTest's fixture
// started (its URL in the file named by MEDIMEET_TEST_POSTGRES_URL_FILE); run alone, a test
// binary starts one for itself and stops it at exit.
std::string fresh_database_url(TestBackend backend);

// A fresh temporary directory, removed at process exit.
std::string temporary_directory();

}  // namespace medimeet::testing

#include <gtest/gtest.h>

namespace medimeet::testing {

// For INSTANTIATE_TEST_SUITE_P: every storage and API test runs on both backends.
inline auto all_backends() {
  return ::testing::Values(TestBackend::sqlite, TestBackend::postgresql);
}

inline std::string backend_test_name(const ::testing::TestParamInfo<TestBackend>& info) {
  return backend_name(info.param);
}

}  // namespace medimeet::testing
