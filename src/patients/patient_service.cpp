#include "patients/patient_service.hpp"

#include <soci/soci.h>

namespace medimeet::patients {

void PatientService::create_profile(soci::session& sql, const std::string& user_id,
                                    TimePoint now) const {
  const long long now_ms = to_epoch_ms(now);
  sql << "INSERT INTO patients (id, created_at, updated_at) VALUES (:id, :c, :u)",
      soci::use(user_id), soci::use(now_ms), soci::use(now_ms);
}

}  // namespace medimeet::patients
