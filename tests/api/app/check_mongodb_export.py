#!/usr/bin/python3
"""Reads a `medimeet export --format mongodb` directory with MongoDB's own Python driver
(bson.json_util, Debian's python3-bson) and checks that it holds the seed's documents as
mongoimport would store them: every file there, every line a document, every field of the seed
present under its exact name, ids as ObjectIds and dates as dates; that each document survives
BSON encoding; and that what bson reads is what the line says (written back canonically by bson
and by hand from the line, the two agree). Prints the first problem and exits 1, or exits 0.

Usage: /usr/bin/python3 check_mongodb_export.py DIR
"""
import datetime
import json
import sys

import bson
from bson import json_util
from bson.codec_options import CodecOptions
from bson.objectid import ObjectId

# The seed's fields (../shared/seed/medimeet-collections.txt) each document must carry. Users
# leave out password, resetPasswordToken and resetPasswordExpires: secrets are not exported.
SEED_FIELDS = {
    "users": ["_id", "name", "email", "role", "phone", "emailVerified", "phoneVerified", "createdAt", "updatedAt"],
    "patients": ["_id", "personalInfo", "dateOfBirth", "gender", "address", "medicalHistory", "createdAt", "updatedAt"],
    "doctors": ["_id", "specialty", "experience", "availability", "location", "createdAt", "updatedAt"],
    "appointments": ["_id", "patientId", "doctorId", "appointmentDate", "status", "notes", "createdAt", "updatedAt"],
    "notifications": ["_id", "userId", "type", "message", "sentAt", "read", "createdAt", "updatedAt"],
    "messages": ["_id", "senderId", "receiverId", "content", "timestamp", "read", "createdAt", "updatedAt"],
    "teleconsultations": ["_id", "appointmentId", "videoLink", "documents", "prescription", "createdAt", "updatedAt"],
    "payments": ["_id", "userId", "appointmentId", "amount", "paymentMethod", "transactionId", "status", "createdAt",
                 "updatedAt"],
    "reviews": ["_id", "doctorId", "patientId", "rating", "comment", "createdAt", "updatedAt"],
    "medicalrecords": ["_id", "patientId", "doctorId", "records", "createdAt", "updatedAt"],
}
NESTED_SEED_FIELDS = {
    ("patients", "medicalHistory"): ["condition", "diagnosisDate", "notes"],
    ("doctors", "availability"): ["day", "startTime", "endTime"],
    ("medicalrecords", "records"): ["date", "description", "attachments"],
}
REFERENCES = {"patientId", "doctorId", "userId", "senderId", "receiverId", "appointmentId"}
DATES = {"createdAt", "updatedAt", "appointmentDate", "sentAt", "timestamp", "dateOfBirth", "diagnosisDate", "date"}
SECRETS = {"password", "resetPasswordToken", "token", "passwordHash", "wrappedKey", "content_base64"}

OPTIONS = json_util.JSONOptions(tz_aware=True, tzinfo=datetime.timezone.utc)
CODEC = CodecOptions(tz_aware=True, tzinfo=datetime.timezone.utc)


def canonical_by_hand(value):
    """The line's own value in canonical Extended JSON, written without bson."""
    if isinstance(value, dict):
        if set(value) == {"$date"}:
            date = value["$date"]
            if isinstance(date, str):
                instant = datetime.datetime.strptime(date, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=datetime.timezone.utc)
                epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
                date = {"$numberLong": str((instant - epoch) // datetime.timedelta(milliseconds=1))}
            return {"$date": date}
        if set(value) == {"$oid"}:
            return value
        return {key: canonical_by_hand(member) for key, member in value.items()}
    if isinstance(value, list):
        return [canonical_by_hand(element) for element in value]
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int):
        return {"$numberInt" if -2**31 <= value < 2**31 else "$numberLong": str(value)}
    if isinstance(value, float):
        return {"$numberDouble": repr(value)}
    raise ValueError(f"unexpected JSON value {value!r}")


def check_types(document, where):
    for key, value in document.items():
        if isinstance(value, dict):
            check_types(value, where)
        elif isinstance(value, list):
            for element in value:
                if isinstance(element, dict):
                    check_types(element, where)
        if key in SECRETS:
            raise AssertionError(f"{where}: carries {key}")
        if value is None:
            continue
        if (key == "_id" or key in REFERENCES) and not isinstance(value, ObjectId):
            raise AssertionError(f"{where}: {key} is {type(value).__name__}, not an ObjectId")
        if key in DATES and not isinstance(value, datetime.datetime):
            raise AssertionError(f"{where}: {key} is {type(value).__name__}, not a date")


def check(directory):
    documents = 0
    for collection, fields in SEED_FIELDS.items():
        path = f"{directory}/{collection}.json"
        with open(path, encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                where = f"{collection}.json:{number}"
                document = json_util.loads(line, json_options=OPTIONS)
                missing = [field for field in fields if field not in document]
                if missing:
                    raise AssertionError(f"{where}: no {', '.join(missing)}")
                for (owner, array), nested in NESTED_SEED_FIELDS.items():
                    if owner != collection:
                        continue
                    for index, element in enumerate(document[array]):
                        absent = [field for field in nested if field not in element]
                        if absent:
                            raise AssertionError(f"{where}: {array}.{index} has no {', '.join(absent)}")
                check_types(document, where)
                if bson.decode(bson.encode(document), codec_options=CODEC) != document:
                    raise AssertionError(f"{where}: changed by BSON encoding")
                theirs = json.loads(json_util.dumps(document, json_options=json_util.CANONICAL_JSON_OPTIONS))
                ours = canonical_by_hand(json.loads(line))
                if theirs != ours:
                    raise AssertionError(f"{where}: bson reads {theirs}, the line says {ours}")
                documents += 1
    return documents


if __name__ == "__main__":
    try:
        count = check(sys.argv[1])
    except (AssertionError, OSError, ValueError) as problem:
        print(problem)
        sys.exit(1)
    print(f"ok: {count} documents")
