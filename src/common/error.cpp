#include "common/error.hpp"

#include <ostream>

namespace medimeet {

AppError::AppError(ErrorKind kind, std::string code, std::string message, FieldErrors fields)
    : std::runtime_error(std::move(message)),
      kind_(kind),
      code_(std::move(code)),
      fields_(std::move(fields)) {}

AppError AppError::validation(FieldErrors fields) {
  return AppError(ErrorKind::bad_request, "validation_failed", "The request has invalid fields.",
                  std::move(fields));
}

std::ostream& operator<<(std::ostream& out, const FieldProblem& problem) {
  return out << problem.message << (problem.code.empty() ? "" : " [" + problem.code + "]");
}

AppError AppError::field(std::string name, FieldProblem problem) {
  return validation({{std::move(name), std::move(problem)}});
}

AppError AppError::not_found(std::string what) {
  return AppError(ErrorKind::not_found, "not_found", std::move(what) + " was not found.");
}

AppError AppError::unauthenticated() {
  return AppError(ErrorKind::unauthorized, "unauthenticated",
                  "A valid session token is required (Authorization: Bearer <token>).");
}

AppError AppError::forbidden(std::string code, std::string message) {
  return AppError(ErrorKind::forbidden, std::move(code), std::move(message));
}

AppError AppError::conflict(std::string code, std::string message, FieldErrors fields) {
  return AppError(ErrorKind::conflict, std::move(code), std::move(message), std::move(fields));
}

AppError AppError::too_many_requests(std::chrono::seconds retry_after) {
  AppError error(ErrorKind::too_many_requests, "too_many_requests",
                 "Too many attempts; try again later.");
  error.retry_after_ = std::max(retry_after, std::chrono::seconds(1));
  return error;
}

}  // namespace medimeet
