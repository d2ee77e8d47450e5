#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

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
  too_many_requests,       // 429
  internal,                // 500
  unavailable,             // 503
};

// Per-field problems of a request: field name (dotted path for nested fields) -> message.
using FieldErrors = std::map<std::string, std::string>;

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
  static AppError field(std::string name, std::string problem);
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
