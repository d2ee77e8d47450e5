// The care-relation rules, answered by the appointments module from real appointments.
#include "access/care_relations.hpp"

#include <gtest/gtest.h>

#include "appointments/appointment_service.hpp"
#include "test_server.hpp"

namespace medimeet::access {
namespace {

using namespace std::chrono_literals;
using testing::TestBackend;
using testing::TestServer;

class CareRulesTest : public ::testing::TestWithParam<TestBackend> {
 protected:
  CareRulesTest()
      : patient_(server_.register_account("patient", "ann@example.com")),
        other_patient_(server_.register_account("patient", "bob@example.com")),
        doctor_(server_.register_account("doctor", "dr.lee@example.com")),
        other_doctor_(server_.register_account("doctor", "dr.roy@example.com")) {}

  bool may_see(const Caller& caller, const std::string& patient_id) {
    return server_.app().database().read(
        [&](soci::session& sql) { return rules_.may_see_patient(sql, caller, patient_id); });
  }
  bool completed_together(const std::string& doctor_id, const std::string& patient_id) {
    return server_.app().database().read(
        [&](soci::session& sql) { return rules_.have_completed_appointment(sql, doctor_id, patient_id); });
  }
  static Caller caller(const testing::TestAccount& account, Role role) { return {account.id, role, "session", true}; }

  TestServer server_{GetParam()};
  testing::TestAccount patient_;
  testing::TestAccount other_patient_;
  testing::TestAccount doctor_;
  testing::TestAccount other_doctor_;
  appointments::AppointmentService relations_;
  CareRules rules_{relations_};
};

TEST_P(CareRulesTest, APatientSeesThemselvesOnly) {
  EXPECT_TRUE(may_see(caller(patient_, Role::patient), patient_.id));
  EXPECT_FALSE(may_see(caller(other_patient_, Role::patient), patient_.id));
}

TEST_P(CareRulesTest, ADoctorSeesThePatientsTheyHaveAnAppointmentWithWhateverItsStatus) {
  EXPECT_FALSE(may_see(caller(doctor_, Role::doctor), patient_.id));
  server_.insert_appointment(patient_.id, doctor_.id, server_.clock().now() + 48h, 30, "canceled");
  EXPECT_TRUE(may_see(caller(doctor_, Role::doctor), patient_.id));
  EXPECT_FALSE(may_see(caller(other_doctor_, Role::doctor), patient_.id));
  EXPECT_FALSE(may_see(caller(doctor_, Role::doctor), other_patient_.id));
}

TEST_P(CareRulesTest, ACompletedAppointmentIsWhatMakesThemHaveMet) {
  server_.insert_appointment(patient_.id, doctor_.id, server_.clock().now() + 48h, 30, "confirmed");
  EXPECT_FALSE(completed_together(doctor_.id, patient_.id));
  server_.insert_appointment(patient_.id, doctor_.id, server_.clock().now() - 48h, 30, "completed");
  EXPECT_TRUE(completed_together(doctor_.id, patient_.id));
  EXPECT_FALSE(completed_together(other_doctor_.id, patient_.id));
  EXPECT_FALSE(completed_together(doctor_.id, other_patient_.id));
}

TEST(CareRules, PartiesAreTheAppointmentsPatientAndDoctor) {
  const Parties parties{"patient-1", "doctor-1"};
  EXPECT_TRUE(CareRules::is_party({"patient-1", Role::patient, "s", true}, parties));
  EXPECT_TRUE(CareRules::is_party({"doctor-1", Role::doctor, "s", true}, parties));
  EXPECT_FALSE(CareRules::is_party({"patient-2", Role::patient, "s", true}, parties));
  EXPECT_TRUE(CareRules::is_doctor_of({"doctor-1", Role::doctor, "s", true}, parties));
  EXPECT_FALSE(CareRules::is_doctor_of({"patient-1", Role::patient, "s", true}, parties));
}

INSTANTIATE_TEST_SUITE_P(Backends, CareRulesTest, testing::all_backends(), testing::backend_test_name);

}  // namespace
}  // namespace medimeet::access
