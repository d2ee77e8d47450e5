#include "common/field_problems.hpp"

namespace medimeet::problems {
namespace {

std::string number(long long value) { return std::to_string(value); }

}  // namespace

FieldProblem required() { return {"required", "is required"}; }
FieldProblem unknown_field() { return {"unknown_field", "is not a known field"}; }
FieldProblem not_an_object() { return {"not_an_object", "must be an object"}; }
FieldProblem not_an_array() { return {"not_an_array", "must be an array"}; }
FieldProblem not_a_string() { return {"not_a_string", "must be a string"}; }
FieldProblem not_a_boolean() { return {"not_a_boolean", "must be true or false"}; }
FieldProblem not_a_number() { return {"not_a_number", "must be a number"}; }
FieldProblem not_an_integer() { return {"not_an_integer", "must be a whole number"}; }
FieldProblem empty() { return {"empty", "must not be empty"}; }
FieldProblem control_characters() { return {"control_characters", "must not contain control characters"}; }

FieldProblem too_long(long long max) {
  return {"too_long", "must be at most " + number(max) + " characters", {{"max", max}}};
}

FieldProblem too_short(long long min) {
  return {"too_short", "must be at least " + number(min) + " characters", {{"min", min}}};
}

FieldProblem length_between(long long min, long long max) {
  return {"length_between", "must be " + number(min) + " to " + number(max) + " characters",
          {{"min", min}, {"max", max}}};
}

FieldProblem out_of_range(long long min, long long max) {
  return {"out_of_range", "must be between " + number(min) + " and " + number(max), {{"min", min}, {"max", max}}};
}

FieldProblem whole_number_from(long long min, long long max) {
  return {"out_of_range", "must be a whole number from " + number(min) + " to " + number(max),
          {{"min", min}, {"max", max}}};
}

FieldProblem too_many_items(long long max, std::string_view noun) {
  return {"too_many_items", "must have at most " + number(max) + " " + std::string(noun), {{"max", max}}};
}

FieldProblem one_of(std::string values, std::string message) {
  if (message.empty()) message = "must be one of " + values;
  return {"one_of", std::move(message), {{"values", std::move(values)}}};
}

FieldProblem not_a_date(std::string_view example) {
  return {"not_a_date", "must be a date like " + std::string(example), {{"example", std::string(example)}}};
}

FieldProblem not_a_time(std::string_view example) {
  return {"not_a_time", "must be a time like " + std::string(example), {{"example", std::string(example)}}};
}

FieldProblem not_an_instant(std::string_view example) {
  return {"not_an_instant", "must be an instant like " + std::string(example), {{"example", std::string(example)}}};
}

FieldProblem not_a_date_or_instant() {
  return {"not_a_date_or_instant", "must be a date like 2026-12-01 or an instant"};
}

FieldProblem not_an_id() { return {"not_an_id", "is not an id"}; }
FieldProblem in_the_future() { return {"in_the_future", "must not be in the future"}; }

FieldProblem must_be_after(std::string other) {
  return {"must_be_after", "must be after " + other, {{"other", other}}};
}

FieldProblem must_not_be_before(std::string other) {
  return {"must_not_be_before", "must not be before " + other, {{"other", other}}};
}

FieldProblem too_many_days_after(long long max, std::string other) {
  return {"too_many_days_after", "must be at most " + number(max) + " days after " + other,
          {{"max", max}, {"other", other}}};
}

FieldProblem multiple_of(long long step) {
  return {"multiple_of", "must be a multiple of " + number(step), {{"step", step}}};
}

FieldProblem invalid_email() { return {"invalid_email", "is not a valid email address"}; }
FieldProblem invalid_phone() {
  return {"invalid_phone", "must be in international E.164 form, like +33612345678"};
}
FieldProblem invalid_timezone() {
  return {"invalid_timezone", "is not a known IANA time zone, like Europe/Paris"};
}
FieldProblem password_too_common() {
  return {"password_too_common", "is one of the most common passwords; choose another"};
}
FieldProblem password_contains_identity() {
  return {"password_contains_identity", "must not be your name or email address"};
}
FieldProblem password_repeats_character() {
  return {"password_repeats_character", "must not repeat a single character"};
}
FieldProblem password_unchanged() { return {"password_unchanged", "must differ from the current password"}; }
FieldProblem wrong_password() { return {"wrong_password", "is not your current password"}; }
FieldProblem already_registered() { return {"already_registered", "is already registered"}; }
FieldProblem invalid_token() { return {"invalid_token", "is invalid, expired or already used"}; }
FieldProblem wrong_code() { return {"wrong_code", "is not the code we sent"}; }
FieldProblem code_format() { return {"code_format", "must be the 6 digits we sent by SMS"}; }
FieldProblem code_expired() { return {"code_expired", "has expired or was never sent; request a new one"}; }
FieldProblem not_a_free_slot() { return {"not_a_free_slot", "is not a free slot of this doctor"}; }

FieldProblem unknown_visit_reason() {
  return {"unknown_visit_reason", "is not one of the visit reasons this doctor offers"};
}

FieldProblem unknown_specialty() {
  return {"unknown_specialty", "is not a specialty code of the catalogue (GET /api/v1/doctors/specialties)"};
}

FieldProblem for_known_patients_only() {
  return {"for_known_patients_only", "is for patients the doctor has already seen"};
}

FieldProblem overlapping_windows(std::string day) {
  return {"overlapping_windows", "has overlapping windows on " + day, {{"day", day}}};
}

FieldProblem not_in_medical_history() {
  return {"not_in_medical_history", "is not an entry of your medical history"};
}

FieldProblem not_your_doctor() {
  return {"not_your_doctor", "is not a doctor you have an appointment with"};
}

FieldProblem record_doctor() { return {"record_doctor", "is the doctor who keeps this record"}; }

FieldProblem not_an_rpps_number() {
  return {"not_an_rpps_number", "must be an RPPS number: 11 digits, the last a check digit"};
}

FieldProblem mode_not_offered() { return {"mode_not_offered", "is not a way this doctor consults"}; }

FieldProblem needed_by_visit_reason(std::string mode, std::string reason) {
  return {"needed_by_visit_reason", "must keep " + mode + ", which the visit reason \"" + reason + "\" uses",
          {{"mode", mode}, {"reason", reason}}};
}

FieldProblem payments_unavailable() {
  return {"payments_unavailable", "needs a payment method, and none is configured on this server"};
}

FieldProblem needs_price() { return {"needs_price", "needs the consultation's fee (price) to be set"}; }

FieldProblem too_many_decimals(long long max) {
  return {"too_many_decimals", "must have at most " + number(max) + " decimals", {{"max", max}}};
}

FieldProblem not_percent_encoded() {
  return {"not_percent_encoded", "must be percent-encoded UTF-8 (r%C3%A9sultats.pdf)"};
}

}  // namespace medimeet::problems
