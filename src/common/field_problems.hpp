#pragma once

#include <string>
#include <string_view>

#include "common/error.hpp"

// The field problems the API reports, one function per code. The code and its parameters are
// the contract (docs/api/openapi.yaml, FieldProblem; the web app translates each code); the
// message is the English wording for people reading the API.
namespace medimeet::problems {

FieldProblem required();
FieldProblem unknown_field();
FieldProblem not_an_object();
FieldProblem not_an_array();
FieldProblem not_a_string();
FieldProblem not_a_boolean();
FieldProblem not_a_number();
FieldProblem not_an_integer();
FieldProblem empty();
FieldProblem control_characters();
FieldProblem too_long(long long max);
FieldProblem too_short(long long min);
FieldProblem length_between(long long min, long long max);
FieldProblem out_of_range(long long min, long long max);
// A query parameter's whole number ("must be a whole number from 1 to 100000").
FieldProblem whole_number_from(long long min, long long max);
// `noun` names the items in the message: "must have at most 20 entries".
FieldProblem too_many_items(long long max, std::string_view noun);
// `values` lists them for people ("monday, tuesday, ..., sunday"); `message` when the usual
// "must be one of …" reads badly.
FieldProblem one_of(std::string values, std::string message = {});
FieldProblem not_a_date(std::string_view example);
FieldProblem not_a_time(std::string_view example);
FieldProblem not_an_instant(std::string_view example);
FieldProblem not_a_date_or_instant();
FieldProblem not_an_id();
FieldProblem in_the_future();
// Relative to another field of the same request, named by `other`.
FieldProblem must_be_after(std::string other);
FieldProblem must_not_be_before(std::string other);
FieldProblem too_many_days_after(long long max, std::string other);
FieldProblem multiple_of(long long step);
FieldProblem invalid_email();
FieldProblem invalid_phone();
FieldProblem invalid_timezone();
FieldProblem password_too_common();
FieldProblem password_contains_identity();
FieldProblem password_repeats_character();
FieldProblem password_unchanged();
FieldProblem wrong_password();
FieldProblem already_registered();
FieldProblem invalid_token();
FieldProblem wrong_code();
FieldProblem code_format();
FieldProblem code_expired();
FieldProblem not_a_free_slot();
FieldProblem unknown_visit_reason();
FieldProblem unknown_specialty();
FieldProblem for_known_patients_only();
FieldProblem overlapping_windows(std::string day);
FieldProblem not_in_medical_history();
// Sharing a medical record: a doctor the patient never had an appointment with, and the doctor
// who keeps the record.
FieldProblem not_your_doctor();
FieldProblem record_doctor();
// An RPPS number that is not 11 digits with a valid check digit.
FieldProblem not_an_rpps_number();
// A consultation mode the doctor does not offer; a mode a visit reason still uses ({mode, reason}).
FieldProblem mode_not_offered();
FieldProblem needed_by_visit_reason(std::string mode, std::string reason);
// Prepayment asked of a doctor on a server with no payment method configured, or without a fee.
FieldProblem payments_unavailable();
FieldProblem needs_price();
// An amount with more decimals than its currency's minor unit has (2 for EUR).
FieldProblem too_many_decimals(long long max);
// A header that carries UTF-8 as percent-encoding (X-File-Name) and is not that.
FieldProblem not_percent_encoded();

}  // namespace medimeet::problems
