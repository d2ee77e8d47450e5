#pragma once

#include <boost/json/object.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/json_input.hpp"
#include "teleconsultations/prescription.hpp"
#include "teleconsultations/teleconsultation_service.hpp"

namespace medimeet::teleconsultations {

boost::json::object visit_to_json(const Visit& visit);
boost::json::object ice_servers_to_json(const IceServers& servers);

boost::json::object verified_to_json(const VerifiedPrescription& verified);

// {fileId}
std::string parse_document(std::string_view body);
// {items: [{medication, dosage?, frequency?, duration?, instructions?}] (1 to 30), notes?}
PrescriptionDraft parse_prescription(std::string_view body);
// The array `field` of `input` as prescription lines, each as PUT .../prescription takes them, at
// most kMaxPrescriptionItems (empty allowed); nullopt when absent. Problems are recorded on `input`.
std::optional<std::vector<PrescriptionItem>> read_prescription_items(JsonInput& input, std::string_view field);

}  // namespace medimeet::teleconsultations
