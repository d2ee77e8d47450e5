#include "app/demo_data.hpp"

#include <array>

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
    {"Hélène Durand", "Médecine générale", "Paris", "Europe/Paris", 12, 30},
    {"Jean Dupré", "Cardiologie", "Paris", "Europe/Paris", 22, 60},
    {"Zoé Martin", "Dermatologie", "Paris", "Europe/Paris", 7, 50},
    {"Éric Lefèvre", "Pédiatrie", "Lyon", "Europe/Paris", 15, 35},
    {"Camille Bernard", "Gynécologie", "Lyon", "Europe/Paris", 9, 55},
    {"Loïc Moreau", "Ophtalmologie", "Marseille", "Europe/Paris", 18, 50},
    {"Amélie Fournier", "Psychiatrie", "Marseille", "Europe/Paris", 11, 70},
    {"François Girard", "Médecine générale", "Toulouse", "Europe/Paris", 25, 30},
    {"Inès Bonnet", "ORL", "Toulouse", "Europe/Paris", 6, 45},
    {"Noël Mercier", "Rhumatologie", "Bordeaux", "Europe/Paris", 20, 55},
    {"Chloé Lambert", "Pédiatrie", "Bordeaux", "Europe/Paris", 4, 35},
    {"Jérôme Faure", "Cardiologie", "Lille", "Europe/Paris", 30, 65},
    {"Léa Rousseau", "Dermatologie", "Lille", "Europe/Paris", 8, 50},
    {"Benoît Blanc", "Médecine générale", "Nantes", "Europe/Paris", 16, 30},
    {"Maëlle Guérin", "Psychologie", "Nantes", "Europe/Paris", 5, 60},
    {"Sébastien Muller", "Neurologie", "Strasbourg", "Europe/Paris", 19, 70},
    {"Océane Henry", "Gastro-entérologie", "Strasbourg", "Europe/Paris", 13, 60},
    {"Rémi Roussel", "Médecine du sport", "Montpellier", "Europe/Paris", 10, 40},
    {"Anaïs Nicolas", "Gynécologie", "Montpellier", "Europe/Paris", 14, 55},
    {"Gaël Perrin", "Ophtalmologie", "Nice", "Europe/Paris", 21, 50},
    {"Sophie Tremblay", "Médecine générale", "Montréal", "America/Montreal", 17, 80},
    {"Marc Gagnon", "Pédiatrie", "Montréal", "America/Montreal", 12, 90},
    {"Aïcha Benali", "Endocrinologie", "Rennes", "Europe/Paris", 9, 55},
    {"Thomas Petit", "Pneumologie", "Grenoble", "Europe/Paris", 23, 60},
    {"Julie Robert", "Médecine générale", "Grenoble", "Europe/Paris", 3, 30},
    {"Nicolas Richard", "Urologie", "Dijon", "Europe/Paris", 27, 60},
    {"Laura Simon", "Psychiatrie", "Lyon", "Europe/Paris", 8, 70},
    {"Hugo Laurent", "Kinésithérapie", "Paris", "Europe/Paris", 6, 40},
    {"Emma Michel", "Ostéopathie", "Bordeaux", "Europe/Paris", 11, 55},
    {"Lucas Garcia", "Allergologie", "Nice", "Europe/Paris", 14, 50},
    {"Manon David", "Nutrition", "Paris", "Europe/Paris", 5, 45},
    {"Arthur Bertrand", "Radiologie", "Lille", "Europe/Paris", 24, 60},
}};

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
    profile.about = std::optional<std::string>(std::string(demo.specialty) + " in " + demo.location + ".");
    profile.availability = weekly_hours(i);
    doctors.update(doctor.id, profile);
  }
  accounts.create_verified_account(
      {"Ann Martin", logins.patient.email, logins.patient.password, "patient", "+33612345678"});
  return logins;
}

}  // namespace medimeet::app
