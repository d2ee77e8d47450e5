#pragma once

#include <boost/json/object.hpp>

#include <string>
#include <string_view>

#include "teleconsultations/teleconsultation_service.hpp"

namespace medimeet::teleconsultations {

boost::json::object visit_to_json(const Visit& visit);
boost::json::object ice_servers_to_json(const IceServers& servers);

boost::json::object verified_to_json(const VerifiedPrescription& verified);

// {fileId}
std::string parse_document(std::string_view body);
// {items: [{medication, dosage?, frequency?, duration?, instructions?}] (1 to 30), notes?}
PrescriptionDraft parse_prescription(std::string_view body);

}  // namespace medimeet::teleconsultations
