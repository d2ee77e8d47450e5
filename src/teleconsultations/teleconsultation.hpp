#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/time.hpp"

namespace medimeet::teleconsultations {

// A file one party attached to the consultation; the other reads it.
struct Document {
  std::string file_id;
  std::string name;
  std::string media_type;
  long long size = 0;
  std::string sha256;  // "" when unknown (a file of the original MediMeet)
  std::string added_by;
  TimePoint added_at;
};

// The seed's Teleconsultations document: the room of one video appointment, its documents and
// its prescription.
struct Teleconsultation {
  std::string id;
  std::string appointment_id;
  std::string video_link;  // <public-url>/visit/<id>
  std::vector<Document> documents;
  std::optional<TimePoint> admitted_at;  // when the doctor first let the patient into the room
  TimePoint created_at;
  TimePoint updated_at;
};

}  // namespace medimeet::teleconsultations
