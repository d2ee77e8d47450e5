#include "doctors/doctor_service.hpp"

#include <soci/soci.h>

namespace medimeet::doctors {

void DoctorService::create_profile(soci::session& sql, const std::string& user_id,
                                   TimePoint now) const {
  const long long now_ms = to_epoch_ms(now);
  sql << "INSERT INTO doctors (id, created_at, updated_at) VALUES (:id, :c, :u)",
      soci::use(user_id), soci::use(now_ms), soci::use(now_ms);
}

}  // namespace medimeet::doctors
