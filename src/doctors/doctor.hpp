#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"
#include "common/money.hpp"
#include "common/postal_address.hpp"
#include "appointments/appointment.hpp"
#include "common/time.hpp"
#include "doctors/slots.hpp"

namespace medimeet::doctors {

// Which bookings the patient pays when booking (an addition): none, video consultations, or all.
enum class Prepayment { none, video, all };

std::string_view to_string(Prepayment prepayment);
std::optional<Prepayment> prepayment_from_string(std::string_view text);

// A document of the Doctors collection (its _id is the user's), with the user's name and the
// fields booking needs.
struct Doctor {
  std::string id;
  std::string name;
  std::optional<std::string> specialty;
  std::optional<int> experience;  // years
  std::optional<std::string> location;
  std::string timezone = "UTC";   // IANA name
  int consultation_minutes = 30;  // slot length
  std::optional<Money> price;     // the fee
  std::optional<std::string> about;
  // The practice (additions to the seed): where, how to reach it, what patients should know to
  // find it, and the languages spoken there (ISO 639-1 codes).
  std::optional<PostalAddress> address;
  std::optional<std::string> phone;  // E.164
  std::optional<std::string> access_notes;
  std::vector<std::string> languages;
  // How the doctor consults (an addition): never empty; visit reasons and bookings use these.
  std::vector<appointments::ConsultationMode> consultation_modes{appointments::ConsultationMode::in_person};
  std::optional<std::string> rpps_number;  // the French practitioner id, printed on prescriptions
  Prepayment prepayment = Prepayment::none;
  std::vector<AvailabilityWindow> availability;
  double average_rating = 0;
  int review_count = 0;
  TimePoint created_at;
  TimePoint updated_at;
};

bool offers(const Doctor& doctor, appointments::ConsultationMode mode);
// Whether a booking in `mode` is paid when booked.
bool requires_prepayment(const Doctor& doctor, appointments::ConsultationMode mode);
// How a booking or a visit reason happens when nobody said: at the practice when the doctor
// consults there, else by video.
appointments::ConsultationMode default_mode(const Doctor& doctor);
// An RPPS number: 11 digits whose last is the Luhn check digit of the others.
bool is_rpps_number(std::string_view text);

// Whether the doctor is called "Dr": their specialty says (see specialties.hpp); a specialty
// outside the catalogue gives no title.
bool doctor_title(const Doctor& doctor);
// "Dr Hélène Durand" for a physician, "Hugo Laurent" for a physiotherapist.
std::string titled_name(const Doctor& doctor);

// Listed publicly only once patients can find and book the doctor.
bool is_complete(const Doctor& doctor);

// The doctor's time zone. Zones are validated when set; UTC stands in should the zone database
// lose one.
const date::time_zone* zone_of(const Doctor& doctor);

// A period the doctor does not work: no slot is offered inside it.
struct TimeOff {
  std::string id;
  std::string doctor_id;
  TimePoint start;
  TimePoint end;
  std::string reason;
  TimePoint created_at;
};

constexpr int kMinConsultationMinutes = 10;
constexpr int kMaxConsultationMinutes = 240;
constexpr std::size_t kMaxWindows = 50;
constexpr std::size_t kMaxLanguages = 10;
constexpr std::size_t kMaxAccessNotes = 1000;

// True for a language code a practice may list: two lower-case ISO 639-1 letters.
bool is_language_code(std::string_view code);

// Why the windows cannot be a weekly schedule (overlapping windows of one day), or nullopt.
std::optional<FieldProblem> availability_problem(const std::vector<AvailabilityWindow>& windows);

}  // namespace medimeet::doctors
