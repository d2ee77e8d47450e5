#pragma once

#include <chrono>
#include <iosfwd>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>

namespace medimeet {

// What went wrong, as far as a client may know; http/ maps each kind to a status code.
enum class ErrorKind {
  bad_request,             // 400
  unauthorized,            // 401
  forbidden,               // 403
  not_found,               // 404
  method_not_allowed,      // 405
  conflict,                // 409
  payload_too_large,       // 413
  unsupported_media_type,  // 415
  upgrade_required,        // 426
  too_many_requests,       // 429
  internal,                // 500
  unavailable,             // 503
};

// A value a problem's message names ({"max", 100} in "must be at most 100 characters"), so a
// client can say it in its own words.
using ProblemParameter = std::variant<long long, std::string>;

// What is wrong with one field: a stable code a client translates (common/field_problems.hpp
// lists them), the English message for people reading the API, and the values it names.
struct FieldProblem {
  std::string code;
  std::string message;
  std::map<std::string, ProblemParameter> params;

  FieldProblem() = default;
  FieldProblem(std::string code, std::string message, std::map<std::string, ProblemParameter> params = {})
      : code(std::move(code)), message(std::move(message)), params(std::move(params)) {}
  // A problem known only by its message (no code: clients show the message as it is).
  FieldProblem(const char* message) : message(message) {}
  FieldProblem(std::string message) : message(std::move(message)) {}

  // Problems compare by their message: what clients of `fields` have always read.
  friend bool operator==(const FieldProblem& problem, std::string_view message) {
    return problem.message == message;
  }
};

std::ostream& operator<<(std::ostream& out, const FieldProblem& problem);

// Per-field problems of a request: field name (dotted path for nested fields) -> problem.
using FieldErrors = std::map<std::string, FieldProblem>;

// The one error type of the application. Its code and message are written for the client;
// anything internal belongs in the log, never here.
class AppError : public std::runtime_error {
 public:
  AppError(ErrorKind kind, std::string code, std::string message, FieldErrors fields = {});

  ErrorKind kind() const { return kind_; }
  const std::string& code() const { return code_; }
  const FieldErrors& fields() const { return fields_; }
  std::optional<std::chrono::seconds> retry_after() const { return retry_after_; }

  static AppError validation(FieldErrors fields);
  static AppError field(std::string name, FieldProblem problem);
  static AppError not_found(std::string what);
  static AppError unauthenticated();
  static AppError forbidden(std::string code, std::string message);
  static AppError conflict(std::string code, std::string message, FieldErrors fields = {});
  static AppError too_many_requests(std::chrono::seconds retry_after);

 private:
  ErrorKind kind_;
  std::string code_;
  FieldErrors fields_;
  std::optional<std::chrono::seconds> retry_after_;
};

}  // namespace medimeet
