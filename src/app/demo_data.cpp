#include "app/demo_data.hpp"

#include <array>
#include <map>

#include "doctors/specialties.hpp"

namespace medimeet::app {
namespace {

struct DemoDoctor {
  const char* name;
  const char* specialty;
  const char* location;
  const char* timezone;
  int experience;
  double price;
};

constexpr std::array<DemoDoctor, 32> kDoctors = {{
    {"Hélène Durand", "general-practice", "Paris", "Europe/Paris", 12, 30},
    {"Jean Dupré", "cardiology", "Paris", "Europe/Paris", 22, 60},
    {"Zoé Martin", "dermatology", "Paris", "Europe/Paris", 7, 50},
    {"Éric Lefèvre", "paediatrics", "Lyon", "Europe/Paris", 15, 35},
    {"Camille Bernard", "gynecology", "Lyon", "Europe/Paris", 9, 55},
    {"Loïc Moreau", "ophthalmology", "Marseille", "Europe/Paris", 18, 50},
    {"Amélie Fournier", "psychiatry", "Marseille", "Europe/Paris", 11, 70},
    {"François Girard", "general-practice", "Toulouse", "Europe/Paris", 25, 30},
    {"Inès Bonnet", "ent", "Toulouse", "Europe/Paris", 6, 45},
    {"Noël Mercier", "rheumatology", "Bordeaux", "Europe/Paris", 20, 55},
    {"Chloé Lambert", "paediatrics", "Bordeaux", "Europe/Paris", 4, 35},
    {"Jérôme Faure", "cardiology", "Lille", "Europe/Paris", 30, 65},
    {"Léa Rousseau", "dermatology", "Lille", "Europe/Paris", 8, 50},
    {"Benoît Blanc", "general-practice", "Nantes", "Europe/Paris", 16, 30},
    {"Maëlle Guérin", "psychology", "Nantes", "Europe/Paris", 5, 60},
    {"Sébastien Muller", "neurology", "Strasbourg", "Europe/Paris", 19, 70},
    {"Océane Henry", "gastroenterology", "Strasbourg", "Europe/Paris", 13, 60},
    {"Rémi Roussel", "sports-medicine", "Montpellier", "Europe/Paris", 10, 40},
    {"Anaïs Nicolas", "gynecology", "Montpellier", "Europe/Paris", 14, 55},
    {"Gaël Perrin", "ophthalmology", "Nice", "Europe/Paris", 21, 50},
    {"Sophie Tremblay", "general-practice", "Montréal", "America/Montreal", 17, 80},
    {"Marc Gagnon", "paediatrics", "Montréal", "America/Montreal", 12, 90},
    {"Aïcha Benali", "endocrinology", "Rennes", "Europe/Paris", 9, 55},
    {"Thomas Petit", "pulmonology", "Grenoble", "Europe/Paris", 23, 60},
    {"Julie Robert", "general-practice", "Grenoble", "Europe/Paris", 3, 30},
    {"Nicolas Richard", "urology", "Dijon", "Europe/Paris", 27, 60},
    {"Laura Simon", "psychiatry", "Lyon", "Europe/Paris", 8, 70},
    {"Hugo Laurent", "physiotherapy", "Paris", "Europe/Paris", 6, 40},
    {"Emma Michel", "osteopathy", "Bordeaux", "Europe/Paris", 11, 55},
    {"Lucas Garcia", "allergology", "Nice", "Europe/Paris", 14, 50},
    {"Manon David", "dietetics", "Paris", "Europe/Paris", 5, 45},
    {"Arthur Bertrand", "radiology", "Lille", "Europe/Paris", 24, 60},
}};

// A street in each demo city, its postcode and its country.
PostalAddress practice_in(const std::string& city, std::size_t index) {
  static const std::map<std::string, std::pair<const char*, const char*>> kPostcodes = {
      {"Paris", {"75011", "FR"}},       {"Lyon", {"69002", "FR"}},        {"Marseille", {"13001", "FR"}},
      {"Toulouse", {"31000", "FR"}},    {"Bordeaux", {"33000", "FR"}},    {"Lille", {"59000", "FR"}},
      {"Nantes", {"44000", "FR"}},      {"Strasbourg", {"67000", "FR"}},  {"Montpellier", {"34000", "FR"}},
      {"Nice", {"06000", "FR"}},        {"Montréal", {"H2X 1Y4", "CA"}},  {"Rennes", {"35000", "FR"}},
      {"Grenoble", {"38000", "FR"}},    {"Dijon", {"21000", "FR"}}};
  const auto& [postcode, country] = kPostcodes.at(city);
  const bool french = std::string_view(country) == "FR";
  return {std::to_string(3 + 2 * index) + (french ? " rue de la République" : " rue Saint-Denis"), postcode, city,
          country};
}

// Weekly hours: mornings and afternoons on weekdays, shifted a little from doctor to doctor.
std::vector<doctors::AvailabilityWindow> weekly_hours(std::size_t index) {
  using std::chrono::hours;
  using std::chrono::minutes;
  std::vector<doctors::AvailabilityWindow> windows;
  const auto start = hours(8) + minutes(30 * static_cast<int>(index % 3));
  for (auto day : {doctors::Weekday::monday, doctors::Weekday::tuesday, doctors::Weekday::wednesday,
                   doctors::Weekday::thursday, doctors::Weekday::friday}) {
    if (index % 5 == static_cast<std::size_t>(day)) continue;  // one weekday off
    windows.push_back({day, start, start + hours(4)});
    windows.push_back({day, hours(14), hours(18)});
  }
  if (index % 4 == 0) windows.push_back({doctors::Weekday::saturday, hours(9), hours(12)});
  return windows;
}

}  // namespace

std::optional<DemoLogins> seed_demo_data(accounts::AccountService& accounts,
                                         doctors::DoctorService& doctors) {
  if (accounts.count_users() > 0) return std::nullopt;
  const DemoLogins logins{{"patient@demo.medimeet.localhost", "demo patient password"},
                          {"doctor@demo.medimeet.localhost", "demo doctor password"}};
  for (std::size_t i = 0; i < kDoctors.size(); ++i) {
    const auto& demo = kDoctors[i];
    const auto email = i == 0 ? logins.doctor.email
                              : "doctor" + std::to_string(i) + "@demo.medimeet.localhost";
    const auto password = i == 0 ? logins.doctor.password : "demo doctor password " + std::to_string(i);
    const auto doctor = accounts.create_verified_account(
        {demo.name, email, password, "doctor", "+3361234" + std::to_string(5000 + i)});
    doctors::DoctorChanges profile;
    profile.specialty = std::optional<std::string>(demo.specialty);
    profile.experience = std::optional<int>(demo.experience);
    profile.location = std::optional<std::string>(demo.location);
    profile.timezone = demo.timezone;
    profile.price = std::optional<double>(demo.price);
    const auto* specialty = doctors::find_specialty(demo.specialty);
    profile.about = std::optional<std::string>(std::string(specialty->name_fr) + " à " + demo.location + ".");
    profile.address = std::optional<PostalAddress>(practice_in(demo.location, i));
    profile.phone = std::optional<std::string>("+3314" + std::to_string(3550000 + i));
    profile.access_notes = std::optional<std::string>("Rez-de-chaussée, accessible en fauteuil roulant.");
    profile.languages = i % 3 == 0 ? std::vector<std::string>{"fr", "en"} : std::vector<std::string>{"fr"};
    profile.availability = weekly_hours(i);
    doctors.update(doctor.id, profile);
  }
  accounts.create_verified_account(
      {"Ann Martin", logins.patient.email, logins.patient.password, "patient", "+33612345678"});
  return logins;
}

}  // namespace medimeet::app
