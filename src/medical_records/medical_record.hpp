#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/time.hpp"

namespace medimeet::medical_records {

// Who wrote an entry: the record's doctor, or its patient adding a document of their own.
enum class Author { doctor, patient };

// A file attached to an entry, as the record shows it: {_id, name, type, size}.
struct Attachment {
  std::string id;
  std::string name;
  std::string media_type;
  long long size = 0;
  std::string sha256;  // "" when unknown (a file of the original MediMeet)
};

// One of the seed's `records`: a dated description with its files.
struct Entry {
  std::string id;
  Author author = Author::doctor;
  std::string author_id;
  TimePoint date;
  std::string description;  // opened: stored sealed
  std::vector<Attachment> attachments;
  TimePoint created_at;
  TimePoint updated_at;
};

// Someone a record names: its patient, its doctor, a doctor it is shared with.
struct Person {
  std::string id;
  std::string name;
  std::optional<std::string> specialty;  // doctors
};

struct Share {
  Person doctor;
  TimePoint shared_at;
};

// The record's own row: who it is about and who keeps it. An empty id: not written yet.
struct RecordHead {
  std::string id;
  std::string patient_id;
  std::string doctor_id;
  TimePoint created_at;
  TimePoint updated_at;
};

// A record as a reader sees it.
struct MedicalRecord {
  RecordHead head;
  Person patient;
  Person doctor;
  std::vector<Entry> entries;  // newest date first
  std::vector<Share> shared_with;  // empty for a doctor it is shared with
};

// An entry as its author writes it. `attachments` are file ids the author uploaded.
struct EntryDraft {
  TimePoint date;
  std::string description;
  std::vector<std::string> attachments;
};

// What a PATCH changes; nullopt leaves a field as it is; `attachments` replaces the list.
struct EntryChanges {
  std::optional<TimePoint> date;
  std::optional<std::string> description;
  std::optional<std::vector<std::string>> attachments;
};

}  // namespace medimeet::medical_records
