// Generated from docs/api/openapi.yaml by `npm run gen:api` (openapi-typescript): do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness check
         * @description Answers 200 while the process serves requests; it does not touch the database.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness check
         * @description Answers 200 when the database answers a trivial query, 503 `database_unavailable` otherwise.
         */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * This API description
         * @description Returns this OpenAPI document as JSON; it is converted from docs/api/openapi.yaml at build time and embedded in the binary.
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an account
         * @description Creates a patient or doctor account with its empty profile, emails a verification link (valid 24 h) and opens a session, so the client is signed in at once. Name, email and phone are trimmed and the email lower-cased; the email must not be registered yet (409 `email_taken`).
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a session
         * @description Opens a new session for the email (matched case-insensitively) and password; a wrong pair is 401 `invalid_credentials`. The fifth failed try on one account, or the twentieth from one client address, within 15 minutes blocks further tries for 15 minutes (429 with Retry-After); a successful login resets the account's count.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the current session
         * @description Revokes the session whose token authenticates the request; the account's other sessions stay open. Takes no body (any body is ignored).
         */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user
         * @description Returns the account of the session's user.
         */
        get: operations["getCurrentUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the signed-in user's name or phone
         * @description Changes the display name and/or the phone number; an absent or null field stays as it is (an empty object changes nothing but `updatedAt`). A phone number different from the current one is unverified and voids any pending phone code.
         */
        patch: operations["updateCurrentUser"];
        trace?: never;
    };
    "/api/v1/auth/change-password": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the password
         * @description Sets a new password (same rules as at registration, and different from the current one) and revokes every other session of the account; the calling session stays valid. A wrong current password is 400 `validation_failed` on `currentPassword` and counts as a failed login, so repeated guesses are blocked with 429 like logins.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the email address
         * @description Marks the email address verified with the token from the verification link; needs no session. A token is valid 24 h and works once; an unknown, used or expired token is 400 `invalid_token`.
         */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/resend-verification": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a new verification link
         * @description Voids the account's unused verification links and emails a new one, valid 24 h (409 `email_already_verified` if there is nothing to verify). At most 5 sends per account per hour; then 429 for an hour. Takes no body (any body is ignored).
         */
        post: operations["resendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-phone/request": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Text a phone verification code
         * @description Sends a 6-digit code by SMS to the account's phone number, valid 10 min; it replaces any previous code (409 `phone_already_verified` if there is nothing to verify). At most 5 codes per account per hour; then 429 for an hour. Takes no body (any body is ignored).
         */
        post: operations["requestPhoneCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-phone": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the phone number
         * @description Marks the phone number verified with the code sent by SMS. A wrong code is 400 `invalid_code`, and the fifth wrong try voids the code; a voided, expired (10 min) or never-sent code, or one sent to a number since changed, is 400 `code_expired`.
         */
        post: operations["verifyPhone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/forgot-password": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Email a password-reset link
         * @description Emails a reset link, valid 1 h, when an account has this address, and answers 202 whether or not it exists (only a malformed address is 400). Each link replaces the previous one; past 3 requests per account per hour, requests are silently dropped.
         */
        post: operations["forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/reset-password": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a new password with a reset link
         * @description Sets a new password (same rules as at registration) with the token from the reset link; the token is valid 1 h and works once (else 400 `invalid_token`). Success revokes every session of the account, marks its email address verified and lifts its login block.
         */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/me": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in patient's profile
         * @description Returns the patient profile of the session's user. Only patients have one: a doctor gets 403 `not_a_patient`.
         */
        get: operations["getCurrentPatient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the signed-in patient's profile
         * @description Changes the patient profile of the session's user (a doctor gets 403 `not_a_patient`,
         *     checked before the body). An absent field stays as it is and `null` clears a field
         *     (see PatientChanges); an empty object changes nothing but `updatedAt`.
         *     `personalInfo` replaces the stored object as a whole. `medicalHistory` replaces the
         *     list: an entry with the `_id` of an existing entry keeps that id and takes the values
         *     sent, an entry without `_id` is new and gets an id, and entries left out are removed.
         *
         *     Problems with the body's form (types, unknown fields, lengths, enums, date formats)
         *     are all reported together as 400 `validation_failed`, with dotted paths for nested
         *     fields, like `personalInfo.bloodType`, `medicalHistory.2.condition` or
         *     `medicalHistory.0.severity` (unknown). When the form is right, dates in the future
         *     (`dateOfBirth`, `medicalHistory.1.diagnosisDate`) and `_id`s that are not an entry of
         *     the patient's history or appear twice (`medicalHistory.0._id`) are reported next. On
         *     any error nothing changes.
         */
        patch: operations["updateCurrentPatient"];
        trace?: never;
    };
    "/api/v1/patients/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The patient's id (the same as their user `_id`). A value that is not an ObjectId is 404 `not_found`. */
                id: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        /**
         * A patient's profile
         * @description Returns a patient's profile to that patient, or to a doctor who has or had an appointment with them, whatever the appointment's status (confirmed, completed or canceled). Anyone else (another patient, any other doctor) gets 404 `not_found` exactly as for an id that does not exist, so ids cannot be probed.
         */
        get: operations["getPatient"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/doctors/me": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in doctor's profile
         * @description Returns the doctor profile of the session's user, listed or not, with `listed` telling whether it is complete enough to be listed publicly (specialty, experience, location and price set and at least one availability window). Only doctors have one: a patient gets 403 `not_a_doctor`.
         */
        get: operations["getCurrentDoctor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the signed-in doctor's profile
         * @description Changes the doctor profile of the session's user (a patient gets 403 `not_a_doctor`,
         *     checked before the body). An absent field stays as it is; `null` clears `specialty`,
         *     `experience`, `location`, `price` and `about`, and counts as absent for `timezone`,
         *     `consultationMinutes` and `availability` (see DoctorChanges). `availability` replaces
         *     the whole weekly schedule. An empty object changes nothing but `updatedAt`. The
         *     profile is listed publicly as soon as it is complete (specialty, experience, location
         *     and price set and at least one availability window) and unlisted as soon as it is not
         *     (for instance after `{"price": null}` or `{"availability": []}`); the response's
         *     `listed` tells which.
         *
         *     Problems with the body's form are all reported together as 400 `validation_failed`,
         *     with paths like `consultationMinutes` or `availability.2.endTime`. When the form is
         *     right, an unknown time zone (`timezone`) and then overlapping windows of one day
         *     (`availability`: "has overlapping windows on monday") are reported, then a consultation
         *     mode that a visit reason still uses (`consultationModes`: `needed_by_visit_reason`).
         *     On any error nothing changes.
         */
        patch: operations["updateCurrentDoctor"];
        trace?: never;
    };
    "/api/v1/doctors/me/time-off": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in doctor's time off
         * @description Every time off of the signed-in doctor, past and future, sorted by start (a patient gets 403 `not_a_doctor`).
         */
        get: operations["listTimeOff"];
        put?: never;
        /**
         * Add a time off
         * @description Adds a period in which the signed-in doctor offers no slot (a patient gets 403 `not_a_doctor`, checked before the body). `end` must be after `start` (else 400 on `end`). A time off may lie in the past and may overlap other time off; appointments already booked inside it are not canceled.
         */
        post: operations["createTimeOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/doctors/me/time-off/{id}/cancel-bookings": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The time off's `_id`. */
                id: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel the bookings a time off covers
         * @description Cancels, as the doctor, every confirmed appointment overlapping the signed-in doctor's time off, in one transaction; each patient is notified once (in the app, by email, by SMS when their phone is verified), with `reason` or else the time off's reason. Another doctor's time off is 404 `not_found`; a patient gets 403 `not_a_doctor`. Calling it again cancels nothing more.
         */
        post: operations["cancelBookingsDuringTimeOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/doctors/me/time-off/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The `_id` of one of the signed-in doctor's time off. */
                id: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a time off
         * @description Removes one of the signed-in doctor's time off, so its slots are offered again (a patient gets 403 `not_a_doctor`). An id the doctor has no time off with, including another doctor's time off, is 404 `not_found`.
         */
        delete: operations["deleteTimeOff"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/doctors/me/visit-reasons": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in doctor's visit reasons
         * @description The reasons the signed-in doctor offers (an addition to the seed), oldest first; archived ones are left out (a patient gets 403 `not_a_doctor`).
         */
        get: operations["listOwnVisitReasons"];
        put?: never;
        /**
         * Offer a visit reason
         * @description Adds a reason patients book the signed-in doctor for, with its own length, fee and mode (a patient gets 403 `not_a_doctor`, checked before the body). `name` and `durationMinutes` are required. The mode (`inPerson` when absent) must be one of the doctor's `consultationModes`, else 400 `mode_not_offered` on `mode`. Once a doctor offers a reason, every booking names one and its slots fit that reason's length. A doctor offers at most 30 (409 `too_many_visit_reasons`).
         */
        post: operations["createVisitReason"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/doctors/me/visit-reasons/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The `_id` of one of the signed-in doctor's visit reasons. */
                id: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop offering a visit reason
         * @description Archives one of the signed-in doctor's reasons: it is no longer offered, and appointments booked for it keep it (moving one keeps its length). Another doctor's reason, or an archived one, is 404 `not_found`.
         */
        delete: operations["archiveVisitReason"];
        options?: never;
        head?: never;
        /**
         * Change a visit reason
         * @description Changes the fields given of one of the signed-in doctor's reasons; appointments already booked keep the name, length and mode they were booked with. A `mode` that is not one of the doctor's `consultationModes` is 400 `mode_not_offered` on `mode`. Another doctor's reason, or an archived one, is 404 `not_found`.
         */
        patch: operations["updateVisitReason"];
        trace?: never;
    };
    "/api/v1/doctors": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Search listed doctors
         * @description A page of the listed doctors matching every filter given; needs no session. Only
         *     doctors whose profile is complete are listed: specialty, experience, location and
         *     price set and at least one availability window. Text filters are trimmed and compared
         *     ignoring case and accents (`helene` finds "Hélène"); an empty one is no filter, and
         *     `%` and `_` are plain characters. Each doctor comes with their next free slot (see
         *     DoctorListing). Unknown query parameters are ignored.
         *
         *     Invalid parameters are 400 `validation_failed` naming the parameter: `sort` ("must be
         *     rating, experience or name"), `page` or `limit` ("must be a whole number of at least
         *     1"; `page` over 100000: "is too large"), a text filter over 200 characters, `mode`
         *     (`one_of`: "must be \"inPerson\" or \"video\""), or `availableOn` ("must be a date like
         *     2026-12-01"; reported only when the other parameters are valid).
         */
        get: operations["searchDoctors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/doctors/specialties": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The specialty catalogue
         * @description Every specialty of the fixed catalogue (an addition to the seed, whose `specialty` was free text): its code, its French and English names, the title its practitioners carry ("Dr" for physicians and dentists, none for physiotherapists, psychologists, midwives…), and how many listed doctors practise it (0 included); needs no session. Clients sort it by name in their language.
         */
        get: operations["listSpecialties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/doctors/popular": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The most booked listed doctors
         * @description At most 10 listed doctors, the most booked of the last 90 days first: ordered by how many appointments that are not canceled they have dated from 90 days ago on (upcoming appointments count too), then by average rating. Listed doctors with no such appointment fill the remaining places. Needs no session.
         */
        get: operations["listPopularDoctors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/doctors/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The doctor's id (the same as their user `_id`). A value that is not an ObjectId is 404 `not_found`. */
                id: components["parameters"]["DoctorId"];
            };
            cookie?: never;
        };
        /**
         * A listed doctor
         * @description The public profile of a listed doctor with their next free slot; needs no session. An unknown id, a value that is not an ObjectId, and a doctor whose profile is not complete yet (not listed) are 404 `not_found`.
         */
        get: operations["getDoctor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/doctors/{id}/visit-reasons": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The doctor's id (the same as their user `_id`). A value that is not an ObjectId is 404 `not_found`. */
                id: components["parameters"]["DoctorId"];
            };
            cookie?: never;
        };
        /**
         * What a listed doctor can be booked for
         * @description The visit reasons a listed doctor offers, oldest first; needs no session. Empty for a doctor without reasons, who is booked for `consultationMinutes`. An unknown id and a doctor who is not listed are 404 `not_found`.
         */
        get: operations["getDoctorVisitReasons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/doctors/{id}/slots": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The doctor's id (the same as their user `_id`). A value that is not an ObjectId is 404 `not_found`. */
                id: components["parameters"]["DoctorId"];
            };
            cookie?: never;
        };
        /**
         * A listed doctor's free slots
         * @description The free consultation slots of a listed doctor on the calendar days `from` to `to`
         *     (both included) of the doctor's time zone; needs no session. An unknown id, a value
         *     that is not an ObjectId and a doctor who is not listed are 404 `not_found`.
         *
         *     Slots are computed, not stored:
         *
         *     1. Each weekly availability window of each day is cut into consecutive slots of
         *        `consultationMinutes`, stepped on the doctor's wall clock from the window's start,
         *        in the doctor's time zone; a remainder shorter than a slot is not offered. Time
         *        zone changes are honoured (DST-correct): a slot must fit in its window both on the
         *        wall clock and in real time, wall times skipped when clocks go forward give no
         *        slot, and wall times that occur twice when clocks go back give only the earlier
         *        instant. `end` is `start` plus `consultationMinutes` of real time.
         *
         *     2. Slots overlapping the doctor's time off are removed.
         *
         *     3. Slots overlapping an appointment that is not canceled (confirmed or completed) are
         *        removed. Touching an edge is not overlapping.
         *
         *     4. Slots starting in the past, or sooner than the minimum notice from now (server
         *        setting `MEDIMEET_MIN_NOTICE` or `--min-notice`, default 2 hours), are removed.
         *
         *     Slots are sorted by start; `start` and `end` are UTC instants and `local` is the
         *     start on the doctor's wall clock.
         *
         *     Invalid parameters are 400 `validation_failed` naming the parameter: `from` or `to`
         *     not a date ("must be a date like 2026-12-01"), `to` before `from` (on `to`: "must
         *     not be before from"), more than 31 days (on `to`: "must be at most 30 days after
         *     from").
         */
        get: operations["getDoctorSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/doctors/me/appointments": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The practice books a slot for a patient on the phone
         * @description The signed-in doctor books one of their free slots for a patient: one they already have (`patientId`: someone with at least one appointment with them; anyone else is 404 `not_found`), or a new one (`patient`), whose account is opened with an unusable password and who is emailed, in `patient.language` or else the doctor's, a link valid 7 days to choose their password (following it also confirms the address). An address that already has an account is 409 `email_taken`: pick the patient, or let them book online. The minimum notice of online bookings does not apply; every other booking rule does (409 `slot_unavailable`, `already_booked_that_day`, `too_many_appointments`; `reasonId` and `mode` as for POST /api/v1/appointments). The patient is notified as for an online booking. Exactly one of `patientId` and `patient` (else 400 `required` on `patientId`). A practice opens at most 30 accounts a day (429 past that).
         */
        post: operations["bookForPatient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/booking-policy": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * How soon one can book, and until when one can change online
         * @description The booking policy every doctor of this instance follows: how soon a slot may start, and until how long before its start a patient can cancel or move it online; needs no session.
         */
        get: operations["getBookingPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user's appointments
         * @description A page of the caller's appointments: a patient's own, or a doctor's with them as the
         *     doctor, of every status unless `status` is given, sorted by `appointmentDate`
         *     (earliest first), then by `_id`. `from` keeps appointments starting at or after it,
         *     `to` those starting before it (`to` is exclusive). Query parameters with an empty
         *     value count as absent.
         *
         *     Invalid parameters are all reported together as 400 `validation_failed`, naming the
         *     parameter: `status` ("must be confirmed, canceled or completed"), `from` or `to` ("must
         *     be a date like 2026-12-01 or an instant"), `page` or `limit` ("must be a whole number
         *     of at least 1"). A `to` before `from` is no error; it finds nothing.
         */
        get: operations["listAppointments"];
        put?: never;
        /**
         * Book an appointment
         * @description Books one of a listed doctor's free slots for the signed-in patient. Only patients book:
         *     a doctor gets 403 `not_a_patient`, checked before the body. Then come the body, the
         *     `Idempotency-Key` header (400 `validation_failed` on `Idempotency-Key`), and the
         *     patient's email address, which must be verified (403 `email_not_verified`).
         *
         *     An unknown doctor, or one who is not listed (profile not complete), is 404
         *     `not_found`. The appointment lasts the doctor's `consultationMinutes`; it is
         *     `confirmed` at once. Then, in one transaction, in this order:
         *
         *     1. `appointmentDate` must be exactly the start of one of the doctor's free slots as
         *        GET /api/v1/doctors/{id}/slots computes them (same instant to the millisecond; so
         *        in the doctor's availability, outside their time off and other appointments, and at
         *        least the minimum notice `MEDIMEET_MIN_NOTICE` ahead), else 409 `slot_unavailable`.
         *     2. The patient must not already have a confirmed appointment with this doctor on the
         *        same calendar day of the doctor's time zone (409 `already_booked_that_day`).
         *     3. The patient must have fewer than `MEDIMEET_MAX_ACTIVE_APPOINTMENTS`
         *        (`--max-active-appointments`, default 5) confirmed appointments starting now or
         *        later (409 `too_many_appointments`).
         *
         *     A doctor is never booked twice for one time: a unique database index allows one
         *     appointment that is not canceled per doctor and start, so of two concurrent bookings
         *     of one slot one gets 409 `slot_unavailable`.
         *
         *     In the same transaction an `appointmentConfirmation` notification is created for the
         *     patient and one for the doctor (each also emailed, and sent by SMS when the
         *     recipient's phone number is verified), and the patient's reminders are scheduled (see
         *     the Notifications tag).
         *
         *     **Idempotency.** With an `Idempotency-Key` header (1 to 200 bytes), the key is
         *     remembered for the patient together with the request. A later request of the same
         *     patient with the same key and the same `doctorId`, `appointmentDate` (the same
         *     instant), `notes` (after trimming) and `reasonId` books nothing and answers 201 with the
         *     appointment the first request booked, as it is now (it may since have been moved or
         *     canceled); with a different body it is 409 `idempotency_key_reused`. This check comes
         *     after the body, the header and email verification and before the doctor and the
         *     booking rules. A key is only recorded when its booking succeeds, and only once the
         *     first request has finished: a retry that arrives while the first request is still
         *     in progress is checked as a new booking, and so usually gets 409 `slot_unavailable`.
         */
        post: operations["bookAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        /**
         * An appointment
         * @description Returns an appointment to its patient or its doctor. Anyone else gets 404 `not_found` exactly as for an id that does not exist, so ids cannot be probed.
         */
        get: operations["getAppointment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel an appointment
         * @description Cancels a confirmed appointment, by its patient or its doctor (anyone else: 404
         *     `not_found`). The body is optional: it may be empty, with or without a Content-Type; a
         *     non-empty body must be `application/json` (else 415). A canceled or completed appointment is
         *     409 `not_confirmed`. The patient may cancel until `MEDIMEET_CANCEL_NOTICE`
         *     (`--cancel-notice`, default 4 hours) before the start, and gets 409
         *     `too_late_to_cancel` after that; the doctor may cancel at any time, even after the
         *     start.
         *
         *     The appointment keeps its `_id` and becomes `canceled`, with `canceledBy` and
         *     `cancelReason`; its slot is free again and its pending reminders are dropped. In the
         *     same transaction the other party gets an `appointmentCancellation` notification
         *     (also emailed, and sent by SMS when their phone number is verified) quoting the
         *     reason, if any.
         */
        post: operations["cancelAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move an appointment
         * @description Moves a confirmed appointment to another start, by its patient or its doctor (anyone
         *     else: 404 `not_found`). It stays the same appointment: same `_id`, notes and parties;
         *     its `durationMinutes` becomes the doctor's current `consultationMinutes`. Checked in
         *     this order after the body:
         *
         *     1. A canceled or completed appointment is 409 `not_confirmed`.
         *     2. The patient may move it until `MEDIMEET_CANCEL_NOTICE` (default 4 hours) before
         *        its current start, else 409 `too_late_to_reschedule`; the doctor at any time.
         *     3. The new `appointmentDate` must be the start of one of the doctor's free slots, as
         *        when booking, else 409 `slot_unavailable` (also when the doctor is no longer
         *        listed). The appointment's current time is taken, so slots overlapping it are not
         *        free: moving it to its own start is 409 `slot_unavailable` too.
         *     4. The patient must not have another confirmed appointment with this doctor on the
         *        new day (doctor's time zone), else 409 `already_booked_that_day`.
         *
         *     The limit of upcoming appointments is not checked again. The pending reminders are
         *     replaced by those of the new time (skipping any already past), and in the same
         *     transaction both parties get an `appointmentRescheduled` notification saying the
         *     appointment has moved.
         */
        post: operations["rescheduleAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/complete": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark an appointment completed
         * @description Marks a confirmed appointment `completed`. Only its doctor may: its patient gets 403 `only_the_doctor`, anyone else 404 `not_found`. A canceled or completed appointment is 409 `not_confirmed`, and one that has not started yet (its `appointmentDate` is still ahead) 409 `not_started`. Its pending reminders are dropped; no one is notified. Takes no body (any body is ignored).
         */
        post: operations["completeAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/no-show": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark that the patient did not come
         * @description Marks a confirmed appointment `noShow` (an addition to the seed's statuses, counted in the doctor's stats). Only its doctor may: a patient gets 403 `not_a_doctor`, another doctor 404 `not_found`. A canceled, completed or missed appointment is 409 `not_confirmed`, one that has not started yet 409 `not_started`. Its pending reminders are dropped; no one is notified. Takes no body.
         */
        post: operations["markAppointmentNoShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        /**
         * An appointment as an iCalendar file
         * @description The appointment as an iCalendar (RFC 5545) file with one event, for its patient or its doctor (anyone else: 404 `not_found`, as for an unknown id). See ICalendar for the content; a canceled appointment has `STATUS:CANCELLED`.
         */
        get: operations["getAppointmentCalendarFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/feed/rotate": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a new private calendar feed URL
         * @description Creates a private feed URL of the signed-in user's appointments (patients and doctors alike) for calendar apps to subscribe to, and voids the previous one, whose URL then answers 404. The URL holds a new random secret of which only a hash is stored, so it is shown only here; call again to replace a leaked URL. Takes no body (any body is ignored).
         */
        post: operations["rotateCalendarFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/feed/{file}": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description `<secret>.ics`, the last segment of the URL returned by POST /api/v1/calendar/feed/rotate. A value not ending in `.ics`, a secret that is empty, longer than 256 characters, unknown or replaced since is 404 `not_found`. */
                file: string;
            };
            cookie?: never;
        };
        /**
         * A private calendar feed
         * @description The feed owner's appointments as an iCalendar (RFC 5545) file: every appointment of theirs (as patient or as doctor) starting at most 180 days ago or later, whatever its status, sorted by start; canceled ones stay in with `STATUS:CANCELLED` so calendar apps remove them. Needs no session: calendar apps cannot send one, so the secret in the path is the credential (the request log shows `<secret>` in its place). See ICalendar for the content.
         */
        get: operations["getCalendarFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/doctors/me/stats": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in doctor's appointment counts
         * @description How many appointments the signed-in doctor has, past and future, by status (a patient gets 403 `not_a_doctor`).
         */
        get: operations["getDoctorStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/doctors/me/patients": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in doctor's patients
         * @description A page of the patients the signed-in doctor has or had an appointment with, whatever its status (a patient gets 403 `not_a_doctor`), the one with the latest `lastAppointmentDate` first, with what tells namesakes apart (email, phone, date of birth).
         */
        get: operations["listDoctorPatients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/me/doctors": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in patient's doctors
         * @description Every doctor the signed-in patient has or had an appointment with, whatever its status (a doctor gets 403 `not_a_patient`), the one with the latest `lastAppointmentDate` first; not paginated.
         */
        get: operations["listPatientDoctors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user's notifications
         * @description A page of the signed-in user's notifications, newest first (by `createdAt`, then `_id`). Query parameters with an empty value count as absent; invalid ones are all reported together as 400 `validation_failed`: `unread` ("must be true or false"), `page` or `limit` ("must be a whole number of at least 1").
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * How many notifications are unread
         * @description How many of the signed-in user's notifications are unread.
         */
        get: operations["getUnreadNotificationCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark every notification read
         * @description Marks all of the signed-in user's unread notifications read (setting their `updatedAt`) and tells how many there were. Takes no body (any body is ignored).
         */
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The `_id` of one of the signed-in user's notifications. Another user's notification, an unknown id and a value that is not an ObjectId are 404 `not_found`. */
                id: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notification read
         * @description Marks one of the signed-in user's notifications read, setting its `updatedAt`; one already read is left as it is (still 204). Takes no body (any body is ignored).
         */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teleconsultations/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The teleconsultation's `_id` (the last part of its `videoLink`). A teleconsultation of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["TeleconsultationId"];
            };
            cookie?: never;
        };
        /**
         * A teleconsultation and where its room stands
         * @description Returns the teleconsultation of a video appointment to the appointment's patient and doctor; anyone else gets 404 `not_found` exactly as for an id that does not exist. Its `videoLink` opens the room page (`<public-url>/visit/<_id>`), and `room` says whether the room is open now. Each reading is written to the patient's access log (`teleconsultation.read`).
         */
        get: operations["getTeleconsultation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/teleconsultation": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        /**
         * The teleconsultation of a video appointment
         * @description The same document as GET /api/v1/teleconsultations/{id}, found by its appointment: how an appointment view finds the room's `videoLink`. Only the appointment's patient and doctor see it; anyone else, and an appointment at the practice (which has none), get 404 `not_found`. Each reading is written to the patient's access log (`teleconsultation.read`).
         */
        get: operations["getAppointmentTeleconsultation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teleconsultations/{id}/ice-servers": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The teleconsultation's `_id` (the last part of its `videoLink`). A teleconsultation of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["TeleconsultationId"];
            };
            cookie?: never;
        };
        /**
         * The STUN and TURN servers for the room's call
         * @description The `iceServers` of the RTCConfiguration a party's browser uses for the room's call, as
         *     is: the STUN URLs of the server setting `MEDIMEET_TURN_URLS` (`--turn-urls`), and its
         *     TURN URLs with credentials in the TURN REST API form that coturn checks with
         *     `use-auth-secret`: `username` is `<unix expiry>:<userId>`, `credential` the base64
         *     HMAC-SHA1 of the username under `MEDIMEET_TURN_SECRET`. The credentials are valid until
         *     the room closes (`expiresAt`). TURN is offered only when the server has a secret; with
         *     no URLs configured the list is empty (host candidates only).
         *
         *     Same access as GET /api/v1/teleconsultations/{id} (anyone but the two parties: 404
         *     `not_found`), and the reading is logged the same way. Once the room has closed, or when
         *     its appointment was canceled or marked no-show, 409 `room_closed`.
         */
        get: operations["getTeleconsultationIceServers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teleconsultations/{id}/documents": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The teleconsultation's `_id` (the last part of its `videoLink`). A teleconsultation of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["TeleconsultationId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a file to the consultation
         * @description Either party attaches a file they uploaded (POST /api/v1/files) to the consultation, for the other party to read: it is added to `documents` (attaching it again changes nothing). A file the caller did not upload is 403 `file_not_yours`; a `fileId` that is not an ObjectId is 400 `validation_failed` on `fileId` (`not_an_id`). Anyone but the two parties gets 404 `not_found`; a consultation whose appointment was canceled or marked no-show is 409 `room_canceled`. Both parties get `teleconsultation.updated` on the event socket. Written to the patient's access log (`document.add`).
         */
        post: operations["addTeleconsultationDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teleconsultations/{id}/documents/{fileId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The teleconsultation's `_id` (the last part of its `videoLink`). A teleconsultation of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["TeleconsultationId"];
                /** @description The attached file's `_id` (the document's `_id`). A file that is not attached to the consultation is 404 `not_found`. */
                fileId: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Detach a file from the consultation
         * @description The party who attached a document takes it out of `documents` (the file itself stays theirs). The other party gets 403 `not_document_owner`; anyone but the two parties, and a file that is not attached, 404 `not_found`. Both parties get `teleconsultation.updated` on the event socket. Written to the patient's access log (`document.remove`).
         */
        delete: operations["removeTeleconsultationDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teleconsultations/{id}/prescription": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The teleconsultation's `_id` (the last part of its `videoLink`). A teleconsultation of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["TeleconsultationId"];
            };
            cookie?: never;
        };
        get?: never;
        /**
         * Write the consultation's prescription
         * @description The appointment's doctor writes the prescription, or rewrites it whole (the last one counts): one to 30 items, each a medication with its dosage, frequency, duration and instructions, and notes. The response's `prescription` is the rendered text; GET /api/v1/teleconsultations/{id}/prescription.pdf prints it. Doctors only: a patient gets 403 `not_a_doctor`, another doctor 404 `not_found`. 409 `room_not_open` before the room opens, `room_canceled` when the appointment was canceled or marked no-show, `rpps_number_missing` when the doctor's profile has no RPPS number (printed on the prescription). An empty `items` is 400 `validation_failed` on `items` (`empty`). Both parties get `teleconsultation.updated` on the event socket. Written to the patient's access log (`prescription.write`).
         */
        put: operations["writeTeleconsultationPrescription"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teleconsultations/{id}/prescription.pdf": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The teleconsultation's `_id` (the last part of its `videoLink`). A teleconsultation of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["TeleconsultationId"];
            };
            cookie?: never;
        };
        /**
         * The prescription, as a PDF to print
         * @description The consultation's prescription as a PDF (the doctor's name, specialty and RPPS number, the patient, the items and notes, and a code to check it at GET /api/v1/prescriptions/verify/{code}), to either party. 404 `not_found` when no prescription has been written yet, and for anyone but the two parties.
         */
        get: operations["getTeleconsultationPrescriptionPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/prescriptions/verify/{code}": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The verification code printed on the prescription (as a QR code). */
                code: string;
            };
            cookie?: never;
        };
        /**
         * Check that a prescription is genuine
         * @description Open to anyone holding the code (a pharmacist, say; no sign-in): what the prescription says, the prescriber, and the patient's initials only. An unknown code is 404 `not_found`.
         */
        get: operations["verifyPrescription"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events/ticket": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A ticket to open the event socket
         * @description A browser cannot put a bearer token on a WebSocket, so it first asks for a ticket with its token, then opens GET /api/v1/events with `?ticket=<ticket>`. A ticket is valid for 30 seconds and for one connection of the signed-in user; the server keeps only its hash. Ask for a new one before each (re)connection. Takes no body.
         */
        post: operations["createEventTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The event socket (WebSocket)
         * @description Upgrades to a WebSocket (`Connection: Upgrade`, `Upgrade: websocket`,
         *     `Sec-WebSocket-Version: 13`) over which the server tells the signed-in user what just
         *     happened to them, so that an open app updates without polling. The caller is
         *     identified before the upgrade, by a ticket from POST /api/v1/events/ticket in the
         *     query (`?ticket=…`, what browsers use) or by `Authorization: Bearer <token>` (other
         *     clients); without a valid one the answer is 401, with no upgrade. A request with an
         *     `Origin` header that is not the origin of the server's `--public-url` is 403
         *     `origin_not_allowed` (cross-site WebSocket hijacking); a request without `Origin`
         *     (not a browser) is not checked. A plain GET without the upgrade headers is 426
         *     `upgrade_required`.
         *
         *     **Frames.** The server sends JSON text frames `{"type": …, "data": {…}}` (see
         *     EventFrame). What happened to the user:
         *
         *     - `message.created` — data: the Message, to its sender and its receiver.
         *     - `message.read` — data: a ReadReceipt, to the reader and the sender, when
         *       POST /api/v1/conversations/{userId}/read marked messages read.
         *     - `notification.created` — data: the Notification, as GET /api/v1/notifications
         *       returns it, to its recipient.
         *     - `appointment.updated` — data: the Appointment, as GET /api/v1/appointments/{id}
         *       returns it, to its patient and its doctor, when it is booked, canceled,
         *       rescheduled, completed or marked no-show.
         *     - `teleconsultation.updated` — data: `{teleconsultationId}`, to the teleconsultation's
         *       patient and doctor when its documents or its prescription change (read it again).
         *
         *     Events go only to the users they concern, on every socket each of them has open. A
         *     client ignores types it does not know (more may be added).
         *
         *     **Video rooms.** The socket also carries the room of a teleconsultation (see
         *     Teleconsultations) and the WebRTC signalling of its call. The client sends frames of
         *     the same shape (see ClientFrame); every `data` names the room by `teleconsultationId`:
         *
         *     - `room.join {teleconsultationId}` — enter the room from this socket (this tab).
         *     - `room.admit {teleconsultationId}` — the doctor lets the waiting patient in.
         *     - `room.leave {teleconsultationId}` — leave the room (closing the socket does too).
         *     - `rtc.offer {teleconsultationId, sdp}`, `rtc.answer {teleconsultationId, sdp}` — the
         *       RTCSessionDescription's `sdp` string; `rtc.ice {teleconsultationId, candidate}` —
         *       RTCIceCandidate.toJSON(), or null once gathering is over. Relayed to the other party
         *       only, and only while the room is open, the sender has joined, the patient has been
         *       admitted (whoever sends) and the other party is in the room.
         *
         *     A frame that is not `{type, data: {…}}` is answered `error {code: malformed_message}`,
         *     a type the server does not take `error {code: unknown_message_type}`. The server
         *     answers and tells:
         *
         *     - `room.joined {teleconsultationId, socketId, role, admitted, peerPresent,
         *       patientWaiting}` — to the socket that joined. `socketId` names that socket; `role`
         *       is the caller's (`patient` or `doctor`). `admitted` says whether the patient has
         *       been let in, to either party: a patient not yet admitted waits (`admitted: false`);
         *       once admitted, a patient who leaves and comes back is in at once. `peerPresent`: the
         *       other party is in the room; `patientWaiting`: the patient waits to be admitted.
         *     - `room.refused {teleconsultationId, reason, opensAt?}` — to the socket that asked:
         *       `not_found` (not a party, or no such room), `too_early` (with `opensAt`), `closed`,
         *       `canceled`, `not_joined` (rtc, admit or leave before joining), `not_admitted` (rtc,
         *       from either party, before the patient is admitted), `not_doctor` (a patient sent
         *       `room.admit`), `no_patient_waiting` (`room.admit` with the patient already admitted
         *       or not in the room), `peer_absent` (rtc while the other party is not in the room).
         *     - `room.waiting {teleconsultationId, patient: {_id, name}}` — when the patient joins
         *       and waits: to all the doctor's sockets (their agenda shows the patient waiting,
         *       whatever page is open) and to the patient's.
         *     - `room.admit {teleconsultationId}` — to both parties when the doctor admits the
         *       patient.
         *     - `room.join {teleconsultationId, userId, role}` — to the other party when someone
         *       enters: the doctor, or an admitted patient.
         *     - `room.leave {teleconsultationId, userId, role}` — to the other party when someone
         *       leaves, also when their socket closes.
         *     - `room.replaced {teleconsultationId, socketId}` — to the user, when a newer socket of
         *       theirs joined the same room: the socket `socketId` is out of the call (the room was
         *       opened in another tab).
         *     - `rtc.offer`, `rtc.answer`, `rtc.ice` — relayed, with `from` (the sender's user
         *       `_id`) and `to` (the `socketId` of the receiving socket in the room, as its
         *       `room.joined` gave it) added. A socket whose `socketId` differs (a tab replaced in
         *       the room) ignores the frame.
         *
         *     Who calls: the doctor's client creates the offer when both are in (on `room.admit`
         *     while the patient is present, on `room.join` of an admitted patient, or on its own
         *     `room.joined` with `peerPresent` and `admitted`); the patient's answers. On
         *     `room.leave` of the other party a client closes its RTCPeerConnection and waits.
         *
         *     **Limits.** Incoming frames are at most 64 KiB (a larger one closes the socket with
         *     1009). The server pings every 30 seconds and closes a socket that has been silent for
         *     75 seconds. A client that stops reading is closed with 1008 when its bounded queue of
         *     frames is full. A user has at most 10 sockets open: opening another closes their
         *     oldest with 1008.
         *
         *     **Close codes.** 1000: the socket is an hour old; reconnect with a new ticket (a socket
         *     is admitted at its handshake only, so this is when an expired login loses it). 1001:
         *     the server is stopping. 1012: the server lost its database
         *     notifications; reconnect and refetch. 4001: the session ended (logout, password
         *     changed or reset); do not reconnect with that login.
         *
         *     A missed event is never a lost message: whatever an event carries is also in the
         *     REST API. Events sent while a client was away are not replayed, so after any
         *     reconnection a client refetches what it shows.
         */
        get: operations["openEventSocket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a message
         * @description Sends a message from the signed-in user to `receiverId`. Patients and doctors write to
         *     each other only when they share an appointment, of any status: a patient to a doctor
         *     they have or had an appointment with, a doctor to such a patient. Anything else
         *     (patient to patient, a doctor to a patient they never had an appointment with, anyone
         *     to themselves) is 403 `no_care_relation`. The message is `read: false` until its
         *     receiver reads the conversation. It is sent to both users' event sockets as
         *     `message.created`; the email that tells the receiver about unread messages links to
         *     `<public-url>/messages/<senderId>`.
         *
         *     A sender may send at most 30 messages a minute; more is 429 `too_many_requests` with
         *     `Retry-After`.
         *
         *     **Idempotency.** With an `Idempotency-Key` header, a retried send (same sender, key,
         *     receiver and content) sends nothing and answers 201 with the message the first
         *     request sent; the same key with a different receiver or content is 409
         *     `idempotency_key_reused`.
         */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/unread-count": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * How many messages are unread
         * @description How many messages the signed-in user has received and not read yet, from anyone.
         */
        get: operations["getUnreadMessageCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file (encrypted at rest)
         * @description The file is the raw request body, its type in `Content-Type` and its name in `X-File-Name` (percent-encoded UTF-8, kept as a name: never a path). The body is read as it arrives and sealed chunk by chunk under a key of the file's own (libsodium secretstream), itself wrapped by the server's master key; it is never held whole in memory. The content decides the type (libmagic): PDF, PNG, JPEG, WebP, HEIC and plain text are accepted, sent with their own type. A file nobody refers to is readable only by its uploader; a file attached to no medical record entry is deleted 24 hours after its upload. Large bodies may be sent with `Expect: 100-continue`.
         */
        post: operations["uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/files/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        /**
         * Download a file
         * @description The plaintext with its type, `Content-Disposition: attachment` (`inline` with `inline=1` for images and PDFs the app previews), `X-Content-Type-Options: nosniff` and `Content-Security-Policy: sandbox`. Every chunk is authenticated before the first byte is sent: a file altered in the database is refused (500 `file_damaged`, logged), never served. Only its uploader, and whoever may read a medical record entry the file is attached to (the record's doctor, its patient and the doctors it is shared with), may read it; anyone else gets 404, as for a file that does not exist. A file that came with a data import (`medimeet import --format mongodb`) is known by its description only: its readers get 404 `file_content_missing`.
         */
        get: operations["downloadFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in user's conversations
         * @description A page of the people the signed-in user has exchanged messages with, one conversation each, the one with the newest message first: who they are, the last message either way, and how many of their messages are unread. Invalid parameters are 400 `validation_failed`, naming the parameter.
         */
        get: operations["listConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{userId}/messages": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The other person's user `_id`. Someone the caller may not have a conversation with (they have no appointment together and no message between them), an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                userId: components["parameters"]["ConversationUserId"];
            };
            cookie?: never;
        };
        /**
         * The messages with one person
         * @description The messages between the signed-in user and `userId`, both ways, newest first (by `timestamp`, then `_id`), `limit` at a time. To page back, pass the oldest message shown: its `timestamp` as `before` and its `_id` as `beforeId`; the page then holds the messages older than it, which stays exact when several messages share a timestamp. `before` alone keeps the messages strictly older than that instant; `beforeId` without `before` is 400 (`before` is required). Reading the messages does not mark them read (POST /api/v1/conversations/{userId}/read does). Invalid parameters are 400 `validation_failed`, naming the parameter.
         */
        get: operations["listConversationMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/conversations/{userId}/read": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The other person's user `_id`. Someone the caller may not have a conversation with (they have no appointment together and no message between them), an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                userId: components["parameters"]["ConversationUserId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a conversation read
         * @description Marks every message the signed-in user has received from `userId` and not read yet as read, with the same `readAt`, and sends the receipt to both users' event sockets as `message.read`. With nothing unread it answers 200 with an empty `messageIds`. Takes no body (any body is ignored).
         */
        post: operations["markConversationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/medical-records": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The medical records the signed-in user may read
         * @description A page of medical records. A patient gets every record about them (each doctor keeps one per patient); a doctor gets the records they keep and those patients shared with them. `patientId` keeps those about one patient. Invalid parameters are 400 `validation_failed`, naming the parameter.
         */
        get: operations["listMedicalRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/medical-records/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The medical record's `_id`. A record the caller may not read, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["MedicalRecordId"];
            };
            cookie?: never;
        };
        /**
         * A medical record
         * @description The record, to its patient, its doctor and the doctors it is shared with; anyone else gets 404 `not_found`, as for a record that does not exist.
         */
        get: operations["getMedicalRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patientId}/medical-record": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The patient's id (their user `_id`). A patient the doctor has no appointment with, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                patientId: components["parameters"]["RecordPatientId"];
            };
            cookie?: never;
        };
        /**
         * The signed-in doctor's record of a patient
         * @description The record the signed-in doctor keeps of the patient. Before the doctor's first entry there is none stored: the answer is then the record as it would be, with `_id`, `createdAt` and `updatedAt` null and `records` and `sharedWith` empty. A patient gets 403 `not_a_doctor`; a doctor without a care relation with the patient (no appointment between them, whatever its status) gets 404 `not_found`, as for an unknown patient.
         */
        get: operations["getPatientMedicalRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/{patientId}/medical-record/entries": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The patient's id (their user `_id`). A patient the doctor has no appointment with, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                patientId: components["parameters"]["RecordPatientId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write an entry in the signed-in doctor's record of a patient
         * @description Adds an entry (author `doctor`) to the record the signed-in doctor keeps of the patient,
         *     creating the record with its first entry. A patient gets 403 `not_a_doctor`; a doctor
         *     without a care relation with the patient (no appointment between them, whatever its
         *     status) gets 404 `not_found`.
         *
         *     Attachments are files the doctor uploaded (POST /api/v1/files): an id that is not an
         *     ObjectId is 400 `validation_failed` on `attachments.<index>` (`not_an_id`); a file the
         *     doctor did not upload is 403 `file_not_yours`. On any error nothing changes.
         */
        post: operations["addPatientMedicalRecordEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/medical-records/{id}/entries": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The medical record's `_id`. A record the caller may not read, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["MedicalRecordId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write an entry in a medical record
         * @description Adds an entry to the record: its doctor writes as author `doctor`, its patient as author
         *     `patient`. A doctor the record is shared with reads it only: 403 `read_only_record`.
         *     Anyone else gets 404 `not_found`.
         *
         *     Attachments are files the caller uploaded (POST /api/v1/files): an id that is not an
         *     ObjectId is 400 `validation_failed` on `attachments.<index>` (`not_an_id`); a file the
         *     caller did not upload is 403 `file_not_yours`. On any error nothing changes.
         */
        post: operations["addMedicalRecordEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/medical-records/{id}/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The medical record's `_id`. A record the caller may not read, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["MedicalRecordId"];
                /** @description The entry's `_id`. An entry not in this record, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                entryId: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete an entry
         * @description Removes an entry; only its author may. Someone who may read the record but did not write the entry gets 403 `not_entry_author`; anyone else 404 `not_found`.
         */
        delete: operations["deleteMedicalRecordEntry"];
        options?: never;
        head?: never;
        /**
         * Change an entry
         * @description Changes an entry; only its author may. Someone who may read the record but did not
         *     write the entry (the patient for a doctor's entry, the doctor for the patient's, a
         *     doctor the record is shared with) gets 403 `not_entry_author`; anyone else 404
         *     `not_found`. Absent fields stay as they are; `attachments` replaces the list, with
         *     the same rules as when adding an entry (`not_an_id` on `attachments.<index>`, 403
         *     `file_not_yours`). On any error nothing changes.
         */
        patch: operations["updateMedicalRecordEntry"];
        trace?: never;
    };
    "/api/v1/medical-records/{id}/share": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The medical record's `_id`. A record the caller may not read, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["MedicalRecordId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Share a record with another of the patient's doctors
         * @description The record's patient lets another of their doctors read the record (not write in it). `doctorId` must be a doctor the patient has or had an appointment with, whatever its status: otherwise 400 `validation_failed` on `doctorId` with `not_your_doctor`; the record's own doctor is `record_doctor`, and a value that is not an ObjectId `not_an_id`. Sharing with a doctor it is already shared with changes nothing and answers 200. A doctor gets 403 `not_a_patient`; another patient 404 `not_found`.
         */
        post: operations["shareMedicalRecord"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/medical-records/{id}/share/{doctorId}": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The medical record's `_id`. A record the caller may not read, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["MedicalRecordId"];
                /** @description The user `_id` of the doctor to stop sharing the record with. */
                doctorId: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Stop sharing a record with a doctor
         * @description The record's patient takes back a doctor's reading of the record; 204 also when it was not shared with that doctor. A doctor gets 403 `not_a_patient`; another patient 404 `not_found`.
         */
        delete: operations["unshareMedicalRecord"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/patients/me/access-log": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Who read or changed the signed-in patient's data
         * @description A page of the signed-in patient's access log, newest first: who (the patient themselves or a doctor) read or changed their profile, records, entries and files, or exported their data. A doctor gets 403 `not_a_patient`. Invalid parameters are 400 `validation_failed`, naming the parameter.
         */
        get: operations["getAccessLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me/export": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * Everything MediMeet keeps about the signed-in user
         * @description The signed-in user's data as one JSON document to download (`Content-Disposition: attachment; filename="medimeet-export.json"`): their account, profile, appointments, notifications, messages, medical records and files (see DataExport). No password hash, token or key ever appears in it.
         */
        get: operations["exportMyData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/instance": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * What this instance offers
         * @description What the web app adapts to on this server; no sign-in needed.
         */
        get: operations["getInstanceFeatures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * The caller's payments
         * @description The payments the signed-in user made, and for a doctor those of their appointments, newest first. Invalid `page` or `limit` is 400 `validation_failed`.
         */
        get: operations["listPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The payment's `_id`. A payment of which the caller is neither the payer nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        /**
         * A payment
         * @description The payment, to its payer and to the appointment's doctor.
         */
        get: operations["getPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/payment": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        /**
         * The payment of an appointment
         * @description The payment a booking opened, to its patient and its doctor; 404 `not_found` for an appointment without one (no prepayment asked, or booked by the practice).
         */
        get: operations["getAppointmentPayment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}/checkout": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The payment's `_id`. A payment of which the caller is neither the payer nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Go and pay on the provider's page
         * @description The payer chooses how to pay and gets `checkoutUrl`, the provider's page (asking again with the same method gives the same page). The provider sends the patient back to `/payments/<id>?result=paid` or `?result=canceled` on this server's web app. A method this server does not offer is 400 `one_of` on `paymentMethod`; 409 `payment_not_pending` once the payment completed or failed, `payment_expired` past `dueBy`; anyone but the payer 404. Patients only.
         */
        post: operations["checkoutPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/{id}/confirm": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The payment's `_id`. A payment of which the caller is neither the payer nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Back from the provider's page
         * @description The payer's page calls it when the provider sends the browser back: the provider is asked where the payment stands — a PayPal order the patient approved is captured now (once, however often this is called) — and the payment is returned as it then is. For Stripe, whose webhook says it, the payment is returned as it is (poll until it is no longer `pending`). Anyone but the payer 404. Takes no body. Patients only.
         */
        post: operations["confirmPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/webhooks/paypal": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * PayPal's events
         * @description Where PayPal sends its events (the webhook whose id is `MEDIMEET_PAYPAL_WEBHOOK_ID`). Each is checked by PayPal's own `verify-webhook-signature` call with the request's `PAYPAL-*` transmission headers; anything PayPal does not vouch for is 400 `invalid_signature`. Each event id is acted on once. `CHECKOUT.ORDER.APPROVED` captures the order (the patient may never come back) and completes the payment; `PAYMENT.CAPTURE.COMPLETED` completes it, or fails it when the amount or currency differ; others are acknowledged and ignored. The body is read as sent (at most 256 KiB).
         */
        post: operations["receivePayPalWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/webhooks/stripe": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stripe's events
         * @description Where Stripe sends its events (configure this URL in Stripe's dashboard). Accepted only with a `Stripe-Signature` header whose `v1` is the HMAC-SHA256, under `MEDIMEET_STRIPE_WEBHOOK_SECRET`, of `<t>.<body>`, `t` at most 5 minutes from the server's time (compared in constant time); else 400 `invalid_signature`. Each event id is acted on once; a replay is answered 200 and changes nothing. `checkout.session.completed` with `payment_status` `paid` completes its payment, or fails it when the amount or currency differ (logged); other events are acknowledged and ignored. The body is read as sent (at most 256 KiB).
         */
        post: operations["receiveStripeWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Review a completed visit
         * @description The appointment's patient reviews it: 404 `not_found` for an appointment that is not theirs; 409 `visit_not_completed` unless the doctor marked it completed, `review_period_over` more than 60 days after its start, `already_reviewed` when it has its review. The doctor's `averageRating` and `reviewCount` change with it. Patients only.
         */
        post: operations["writeReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/appointments/{id}/review": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        /**
         * The caller's review of their visit
         * @description The review the signed-in patient wrote of this appointment, with its `status`; 404 `not_found` when they wrote none. Patients only: a doctor never learns which patient wrote a review.
         */
        get: operations["getAppointmentReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/{id}": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The review's `_id`. A review the caller did not write (or, to flag it, that is not about them), an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete one's review
         * @description Its author deletes it; the doctor's rating no longer counts it.
         */
        delete: operations["deleteReview"];
        options?: never;
        head?: never;
        /**
         * Change one's review
         * @description Its author changes the rating, the comment (`null` removes it) or the name shown (`null`: "Patient" again); absent fields stay. 409 `review_hidden` once the operator hid it. A review the operator kept may be flagged again once changed.
         */
        patch: operations["changeReview"];
        trace?: never;
    };
    "/api/v1/reviews/{id}/flag": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The review's `_id`. A review the caller did not write (or, to flag it, that is not about them), an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask the operator to examine a review
         * @description The reviewed doctor flags a shown review with a reason; it stays shown until the operator hides or keeps it. Flagging it again changes nothing; 409 `review_kept` when the operator already kept it. Doctors only; any other doctor gets 404 `not_found`.
         */
        post: operations["flagReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/doctors/{id}/reviews": {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The doctor's id (the same as their user `_id`). A value that is not an ObjectId is 404 `not_found`. */
                id: components["parameters"]["DoctorId"];
            };
            cookie?: never;
        };
        /**
         * What patients said of a doctor
         * @description A page of the doctor's shown reviews, newest first; public. Nothing in it tells who wrote a review. 404 `not_found` for an unknown doctor; invalid `page` or `limit` 400 `validation_failed`.
         */
        get: operations["listDoctorReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description A MongoDB ObjectId, 24 lower-case hexadecimal characters.
         * @example 6740a1b2c3d4e5f601234567
         */
        ObjectId: string;
        /**
         * Format: date-time
         * @description An instant in UTC with milliseconds.
         * @example 2026-12-01T09:30:00.000Z
         */
        Timestamp: string;
        /** @enum {string} */
        Role: "patient" | "doctor";
        /**
         * @description A display name: after trimming surrounding spaces, tabs, CRs and LFs, 1 to 100 bytes of UTF-8 with no control characters.
         * @example Camille Durand
         */
        Name: string;
        /**
         * Format: email
         * @description An email address, trimmed and lower-cased by the server. Accepted when it has 3 to 254 characters, exactly one `@` with a non-empty local part, a domain containing a dot that neither starts nor ends it and no `..`, and no whitespace, control characters or any of `<>,;"`.
         * @example camille.durand@example.com
         */
        Email: string;
        /**
         * @description A phone number in international E.164 form: `+` then 8 to 15 digits, the first not 0 (surrounding whitespace is trimmed).
         * @example +33612345678
         */
        Phone: string;
        /**
         * Format: password
         * @description At least 10 and at most 128 characters (Unicode code points). It must not be one of the most common passwords, a single repeated character, or the account's name, email address or the part of the email before `@` (all compared case-insensitively).
         */
        NewPassword: string;
        /**
         * @description The language a person reads MediMeet in (an addition to the seed's Users): every notification, email and SMS to them is written in it, with dates and times in words of that language and in the doctor's time zone. Accounts made before it existed are `en`.
         * @enum {string}
         */
        Language: "fr" | "en";
        /** @description An account. The password hash and reset token never leave the server. */
        User: {
            _id: components["schemas"]["ObjectId"];
            name: components["schemas"]["Name"];
            email: components["schemas"]["Email"];
            role: components["schemas"]["Role"];
            phone: components["schemas"]["Phone"];
            emailVerified: boolean;
            phoneVerified: boolean;
            language: components["schemas"]["Language"];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description A new session and the account it belongs to. The token is shown only here. */
        Session: {
            /**
             * @description The opaque bearer token, for `Authorization: Bearer <token>`.
             * @example x3vV8cE2b9fJmQk1R7sT4uW6yZaBcDeFgHiJkLmNoPq
             */
            token: string;
            /** @description When the session ends at the latest (30 days after it was opened); it ends earlier after 12 hours without use. */
            expiresAt: components["schemas"]["Timestamp"];
            user: components["schemas"]["User"];
        };
        /**
         * @example {
         *       "error": {
         *         "code": "validation_failed",
         *         "message": "The request has invalid fields.",
         *         "fields": {
         *           "password": "must be at least 10 characters",
         *           "nickname": "is not a known field"
         *         },
         *         "problems": {
         *           "password": {
         *             "code": "too_short",
         *             "message": "must be at least 10 characters",
         *             "params": {
         *               "min": 10
         *             }
         *           },
         *           "nickname": {
         *             "code": "unknown_field",
         *             "message": "is not a known field"
         *           }
         *         }
         *       }
         *     }
         */
        Error: {
            error: {
                /** @description A stable machine-readable code, like `validation_failed`. */
                code: string;
                /** @description A human-readable explanation in English. */
                message: string;
                /** @description Per-field problems: field name (dotted for nested fields) to what is wrong, in English. Present only when the error concerns particular fields. */
                fields?: {
                    [key: string]: string;
                };
                /** @description The same problems as `fields`, each with a stable code and the values its message names, for clients to say in their own words. Present with `fields`. */
                problems?: {
                    [key: string]: components["schemas"]["FieldProblem"];
                };
            };
        };
        FieldProblem: {
            /**
             * @description What is wrong. Parameters, where the code has some, are named in braces: `required`, `unknown_field`, `not_an_object`, `not_an_array`, `not_a_string`, `not_a_boolean`, `not_a_number`, `not_an_integer`, `empty`, `control_characters`, `too_long` {max}, `too_short` {min}, `length_between` {min, max}, `out_of_range` {min, max}, `too_many_items` {max}, `one_of` {values}, `not_a_date` {example}, `not_a_time` {example}, `not_an_instant` {example}, `not_a_date_or_instant`, `not_an_id`, `in_the_future`, `must_be_after` {other}, `must_not_be_before` {other}, `too_many_days_after` {max, other}, `multiple_of` {step}, `too_many_decimals` {max}, `invalid_email`, `invalid_phone`, `invalid_timezone`, `password_too_common`, `password_contains_identity`, `password_repeats_character`, `password_unchanged`, `wrong_password`, `already_registered`, `invalid_token`, `wrong_code`, `code_format`, `code_expired`, `not_a_free_slot`, `overlapping_windows` {day}, `not_in_medical_history`, `unknown_visit_reason`, `for_known_patients_only`, `unknown_specialty`, `not_percent_encoded`, `not_your_doctor` (sharing a record: no appointment between that doctor and the patient), `record_doctor` (sharing a record: the record's own doctor), `not_an_rpps_number` (11 characters, but not digits with a valid Luhn check digit), `mode_not_offered` (a consultation mode the doctor does not offer), `needed_by_visit_reason` {mode, reason} (a consultation mode the doctor's visit reason named `reason` still uses), `payments_unavailable` (prepayment on a server with no payment method configured), `needs_price` (prepayment without a fee). `other` names another field of the request; `values` lists the accepted values, comma-separated.
             * @enum {string}
             */
            code: "required" | "unknown_field" | "not_an_object" | "not_an_array" | "not_a_string" | "not_a_boolean" | "not_a_number" | "not_an_integer" | "empty" | "control_characters" | "too_long" | "too_short" | "length_between" | "out_of_range" | "too_many_items" | "one_of" | "not_a_date" | "not_a_time" | "not_an_instant" | "not_a_date_or_instant" | "not_an_id" | "in_the_future" | "must_be_after" | "must_not_be_before" | "too_many_days_after" | "multiple_of" | "too_many_decimals" | "invalid_email" | "invalid_phone" | "invalid_timezone" | "password_too_common" | "password_contains_identity" | "password_repeats_character" | "password_unchanged" | "wrong_password" | "already_registered" | "invalid_token" | "wrong_code" | "code_format" | "code_expired" | "not_a_free_slot" | "overlapping_windows" | "not_in_medical_history" | "unknown_visit_reason" | "for_known_patients_only" | "unknown_specialty" | "not_percent_encoded" | "not_your_doctor" | "record_doctor" | "not_an_rpps_number" | "mode_not_offered" | "needed_by_visit_reason" | "payments_unavailable" | "needs_price";
            /** @description The problem in English, as in `fields`. */
            message: string;
            /** @description The values the message names. */
            params?: {
                [key: string]: number | string;
            };
        };
        HealthStatus: {
            /** @constant */
            status: "ok";
        };
        ReadyStatus: {
            /** @constant */
            status: "ready";
        };
        Queued: {
            /** @constant */
            status: "queued";
        };
        Registration: {
            name: components["schemas"]["Name"];
            email: components["schemas"]["Email"];
            password: components["schemas"]["NewPassword"];
            role: components["schemas"]["Role"];
            phone: components["schemas"]["Phone"];
            /** @description The web app sends its own language; `en` when absent. */
            language?: components["schemas"]["Language"];
        };
        Login: {
            /** @description The account's email address, matched after trimming and lower-casing. */
            email: string;
            /** Format: password */
            password: string;
        };
        /** @description The fields to change; absent or null fields stay as they are. */
        UserChanges: {
            name?: components["schemas"]["Name"] | null;
            phone?: components["schemas"]["Phone"] | null;
            language?: components["schemas"]["Language"] | null;
        };
        ChangePassword: {
            /** Format: password */
            currentPassword: string;
            /** @description The new password; it must also differ from the current one. */
            newPassword: components["schemas"]["NewPassword"];
        };
        VerifyEmail: {
            /** @description The `token` query parameter of the verification link. An empty token or one over 256 characters is 400 `invalid_token`. */
            token: string;
        };
        VerifyPhone: {
            /**
             * @description The 6 digits sent by SMS.
             * @example 042917
             */
            code: string;
        };
        ForgotPassword: {
            email: components["schemas"]["Email"];
        };
        ResetPassword: {
            /** @description The `token` query parameter of the reset link. An empty token or one over 256 characters is 400 `invalid_token`. */
            token: string;
            password: components["schemas"]["NewPassword"];
        };
        /**
         * Format: date
         * @description A calendar day `YYYY-MM-DD` that exists (2026-02-30 is refused).
         * @example 2026-12-01
         */
        CalendarDate: string;
        /**
         * Format: date-time
         * @description An ISO-8601 instant as a client may send it: date, `T`, time with seconds and at most 3 fractional digits, then `Z` or a `+hh:mm`/`-hh:mm` offset, like `2026-12-24T00:00:00.000+01:00` or `2026-12-24T00:00:00Z`. It is answered as a Timestamp in UTC.
         * @example 2026-12-24T00:00:00.000+01:00
         */
        InstantInput: string;
        /**
         * @description A calendar date `YYYY-MM-DD`, kept as midnight UTC of that day, or an instant as in InstantInput, kept as that instant. It must not be in the future.
         * @example 1990-05-17
         */
        DateInput: components["schemas"]["CalendarDate"] | components["schemas"]["InstantInput"];
        /** @enum {string} */
        Gender: "female" | "male" | "other" | "undisclosed";
        /** @enum {string} */
        BloodType: "A+" | "A-" | "B+" | "B-" | "AB+" | "AB-" | "O+" | "O-";
        /** @description Optional details of the patient; only keys with a value are present. Lengths are in characters (Unicode code points). */
        PersonalInfo: {
            firstName?: string;
            lastName?: string;
            /** @example fr */
            preferredLanguage?: string;
            emergencyContactName?: string;
            /**
             * @description In international E.164 form, `+` then 8 to 15 digits, the first not 0.
             * @example +33612345678
             */
            emergencyContactPhone?: string;
            bloodType?: components["schemas"]["BloodType"];
            allergies?: string;
            insuranceNumber?: string;
        };
        /** @description The new personal details as a whole: it replaces the stored object, so a key left out, null or empty (`""`) is removed. Values are kept as sent (not trimmed); lengths are in characters (Unicode code points). Problems are reported as `personalInfo.<key>`. */
        PersonalInfoChanges: {
            firstName?: string | null;
            lastName?: string | null;
            preferredLanguage?: string | null;
            emergencyContactName?: string | null;
            /** @description Empty, or in international E.164 form: `+` then 8 to 15 digits, the first not 0, with no surrounding spaces. */
            emergencyContactPhone?: string | null;
            /** @enum {string|null} */
            bloodType?: "A+" | "A-" | "B+" | "B-" | "AB+" | "AB-" | "O+" | "O-" | "" | null;
            allergies?: string | null;
            insuranceNumber?: string | null;
        };
        /** @description One condition of the patient's medical history. */
        MedicalHistoryEntry: {
            /** @description Given by the server when the entry is added; kept while it is edited. */
            _id: components["schemas"]["ObjectId"];
            /** @example Asthma */
            condition: string;
            diagnosisDate: components["schemas"]["Timestamp"] | null;
            /** @description Free text; empty when there are none. */
            notes: string;
        };
        /** @description One entry of the new medical history. With the `_id` of an entry of the patient's history, that entry is kept with these values (a field left out becomes empty: `diagnosisDate` null, `notes` ""); without `_id` (absent, null or `""`) the entry is new and gets an id. Problems are reported as `medicalHistory.<index>.<field>`. */
        MedicalHistoryEntryChanges: {
            /** @description The id of an existing entry. One that is not an entry of this patient's history, or that appears twice in the list, is 400 on `medicalHistory.<index>._id` ("is not an entry of your medical history"). */
            _id?: string | null;
            /** @description Trimmed; then 1 to 200 characters. */
            condition: string;
            diagnosisDate?: components["schemas"]["DateInput"] | null;
            /** @description At most 2000 characters, kept as sent; null or absent means none (`""`). */
            notes?: string | null;
        };
        /** @description A patient's profile. Its `_id` is the patient's user `_id`; `name` is the account's display name (changed with PATCH /api/v1/users/me). */
        Patient: {
            _id: components["schemas"]["ObjectId"];
            name: components["schemas"]["Name"];
            /** @description The account's email (read only here), so the practice can reach the patient. */
            email: string;
            /** @description The account's phone, E.164 (read only here). */
            phone: string;
            personalInfo: components["schemas"]["PersonalInfo"];
            /** @description Midnight UTC of the birth date when sent as a date. */
            dateOfBirth: components["schemas"]["Timestamp"] | null;
            gender: components["schemas"]["Gender"] | null;
            address: string | null;
            /** @description In the order the patient last sent it. */
            medicalHistory: components["schemas"]["MedicalHistoryEntry"][];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        /**
         * @description The fields to change. An absent field stays as it is; `null` clears it: `dateOfBirth`, `gender` and `address` become null, `personalInfo` becomes `{}` and `medicalHistory` `[]`.
         * @example {
         *       "dateOfBirth": "1990-05-17",
         *       "gender": "female",
         *       "personalInfo": {
         *         "firstName": "Camille",
         *         "bloodType": "O+"
         *       },
         *       "medicalHistory": [
         *         {
         *           "_id": "6740a1b2c3d4e5f601234567",
         *           "condition": "Asthma",
         *           "notes": "controlled"
         *         },
         *         {
         *           "condition": "Migraine",
         *           "diagnosisDate": "2020-01-10"
         *         }
         *       ]
         *     }
         */
        PatientChanges: {
            personalInfo?: components["schemas"]["PersonalInfoChanges"] | null;
            /** @description Not in the future. */
            dateOfBirth?: components["schemas"]["DateInput"] | null;
            gender?: components["schemas"]["Gender"] | null;
            /** @description At most 300 characters as sent (surrounding spaces included), then trimmed; an empty or blank address is kept as `""`, not cleared. */
            address?: string | null;
            /** @description The whole new history, at most 100 entries: it replaces the stored list, so entries left out are removed. */
            medicalHistory?: components["schemas"]["MedicalHistoryEntryChanges"][] | null;
        };
        /**
         * @description A day of the weekly schedule, in lower case.
         * @enum {string}
         */
        Weekday: "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";
        /**
         * @description A wall-clock time `HH:MM` in the doctor's time zone, 00:00 to 23:59, two digits each (so a window cannot end at midnight: `24:00` is refused).
         * @example 09:00
         */
        TimeOfDay: string;
        /**
         * @description A weekly working window within one day of the doctor's time zone. `endTime` must be after `startTime`; windows of one day must not overlap (touching is fine).
         * @example {
         *       "day": "monday",
         *       "startTime": "09:00",
         *       "endTime": "12:30"
         *     }
         */
        AvailabilityWindow: {
            day: components["schemas"]["Weekday"];
            startTime: components["schemas"]["TimeOfDay"];
            endTime: components["schemas"]["TimeOfDay"];
        };
        /**
         * @description An IANA time zone name, like `Europe/Paris` or `UTC` (`localtime` is not one).
         * @example Europe/Paris
         */
        TimeZone: string;
        /** @description The fields of a doctor's profile that anyone may see; the basis of Doctor and DoctorListing. Lengths are in characters (Unicode code points). */
        DoctorProfile: {
            /** @description The doctor's user `_id`. */
            _id: components["schemas"]["ObjectId"];
            /** @description The account's display name (changed with PATCH /api/v1/users/me). */
            name: components["schemas"]["Name"];
            /**
             * @description The code of a specialty of the catalogue (GET /api/v1/doctors/specialties); a text written before the catalogue that it could not map stays as written.
             * @example cardiology
             */
            specialty: string | null;
            /** @description "Dr" when the specialty's practitioners are called so (physicians, dentists), else null. An addition to the seed. */
            title: string | null;
            /** @description Years of practice. */
            experience: number | null;
            /** @example Paris 15e */
            location: string | null;
            /** @description The weekly schedule, in the order the doctor sent it. */
            availability: components["schemas"]["AvailabilityWindow"][];
            /** @description The zone of the availability windows and of slot days. A new doctor gets the server's default (`MEDIMEET_TIMEZONE` or `--timezone`, `UTC` unless set). */
            timezone: components["schemas"]["TimeZone"];
            /** @description The length of one slot; 30 for a new doctor. */
            consultationMinutes: number;
            /** @description The consultation fee in major units of `currency` (45.5 is 45.50 EUR). Stored exactly, as a whole number of the currency's minor units. */
            price: number | null;
            /**
             * @description The ISO 4217 code of `price` (the instance's currency, MEDIMEET_CURRENCY, default EUR); null when there is no price. Added by MediMeet to the Doctors collection.
             * @example EUR
             */
            currency: string | null;
            about: string | null;
            /** @description Where the practice is (an addition to the seed); null until the doctor gives it. A location search (`location` of GET /api/v1/doctors) matches its postcode and city as well as `location`. */
            address: components["schemas"]["PostalAddress"] | null;
            /** @description The practice's phone in E.164 form (an addition to the seed), shown to patients who can no longer change an appointment online. */
            phone: string | null;
            /** @description How to find the practice (door code, floor, parking); an addition to the seed. */
            accessNotes: string | null;
            /**
             * @description The languages spoken at the practice, as ISO 639-1 codes (an addition to the seed).
             * @example [
             *       "fr",
             *       "en"
             *     ]
             */
            languages: string[];
            /**
             * @description How the doctor consults (an addition to the seed): at the practice (`inPerson`), by video, or both, in the order the doctor gave them; never empty, without repeats, `[inPerson]` for a new doctor (and `[inPerson, video]` for one who offered a video visit reason before modes existed). Visit reasons and bookings use only these modes. A search with `mode` keeps the doctors who offer it.
             * @example [
             *       "inPerson",
             *       "video"
             *     ]
             */
            consultationModes: components["schemas"]["ConsultationMode"][];
            /**
             * @description The doctor's RPPS number (Répertoire partagé des professionnels de santé), the French practitioner id printed on prescriptions: 11 digits, the last a Luhn check digit. Public, as in the national directory; null until the doctor gives it. An addition to the seed.
             * @example 10003456786
             */
            rppsNumber: string | null;
            /**
             * @description Which bookings the patient pays when booking (an addition): `none`, `video` consultations, or `all`. See the Payments tag.
             * @enum {string}
             */
            prepayment: "none" | "video" | "all";
            /** @description The average rating of the doctor's shown reviews, rounded to two decimals; 0 while there is none. */
            averageRating: number;
            reviewCount: number;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description A postal address, and the same on one line as letters and calendar apps write it. */
        PostalAddress: {
            /** @example 12 rue de la Roquette */
            street: string;
            /** @example 75011 */
            postcode: string;
            /** @example Paris */
            city: string;
            /**
             * @description ISO 3166-1 alpha-2.
             * @example FR
             */
            country: string;
            /**
             * @description "street, postcode city", then ", country" when it is not FR.
             * @example 12 rue de la Roquette
             * @example 75011 Paris
             */
            line: string;
        };
        PostalAddressChanges: {
            street: string;
            postcode: string;
            city: string;
            /** @description ISO 3166-1 alpha-2; FR when left out. */
            country?: string;
        };
        /** @description What patients are told before they book (additions to the seed): a slot starts at least `minimumNoticeMinutes` from now (MEDIMEET_MIN_NOTICE), and a patient can cancel or move an appointment online until `changeNoticeMinutes` before its start (MEDIMEET_CANCEL_NOTICE); after that, they call the practice. When the minimum notice is shorter than the change notice, a slot booked soon cannot be changed online at all. */
        BookingPolicy: {
            /** @example 120 */
            minimumNoticeMinutes: number;
            /** @example 240 */
            changeNoticeMinutes: number;
        };
        /** @description A doctor's own profile, as GET and PATCH /api/v1/doctors/me return it: the public fields and `listed`. */
        Doctor: components["schemas"]["DoctorProfile"] & {
            /** @description Whether the profile is listed publicly, that is complete: `specialty`, `experience`, `location` and `price` set and at least one availability window. Present only in the owner's document. */
            listed: boolean;
        };
        /** @description A listed doctor as the public endpoints show them: the public profile (no `listed`) and the next free slot. */
        DoctorListing: components["schemas"]["DoctorProfile"] & {
            /** @description The first free slot (as the slots endpoint computes them) from the doctor's today through the 62 days after it; null if there is none. In a search with `availableOn`, the first free slot of that day. */
            nextSlot: components["schemas"]["Slot"] | null;
        };
        /**
         * @description The fields to change. An absent field stays as it is; `null` clears `specialty`, `experience`, `location`, `price` and `about`, and leaves `timezone`, `consultationMinutes` and `availability` as they are. Text fields are trimmed before their lengths (in characters) are checked; `listed` cannot be set.
         * @example {
         *       "specialty": "Cardiologie",
         *       "experience": 12,
         *       "location": "Paris 15e",
         *       "timezone": "Europe/Paris",
         *       "consultationMinutes": 30,
         *       "price": 30,
         *       "consultationModes": [
         *         "inPerson",
         *         "video"
         *       ],
         *       "rppsNumber": "10003456786",
         *       "availability": [
         *         {
         *           "day": "monday",
         *           "startTime": "09:00",
         *           "endTime": "12:00"
         *         },
         *         {
         *           "day": "monday",
         *           "startTime": "14:00",
         *           "endTime": "18:00"
         *         }
         *       ]
         *     }
         */
        DoctorChanges: {
            /** @description A catalogue code, or a French or English name or word of one ("Cardiologie", "cardiologue"), kept as its code; anything else is 400 `unknown_specialty`. */
            specialty?: string | null;
            /** @description Years of practice, a whole number (`12.0` is accepted). */
            experience?: number | null;
            location?: string | null;
            timezone?: components["schemas"]["TimeZone"] | null;
            /** @description A whole number of minutes, multiple of 5. */
            consultationMinutes?: number | null;
            /** @description In major units of the instance's currency, with at most as many decimals as its minor unit has (2 for EUR; more: 400 `too_many_decimals`). */
            price?: number | null;
            /** @description At most 2000 characters; `""` is kept as an empty text, not cleared. */
            about?: string | null;
            /** @description The practice's address; `null` clears it. `street`, `postcode` and `city` are required (400 `required` on `address.city`, say); `country` defaults to FR. Setting an address also sets `location` to its city when `location` is empty. */
            address?: components["schemas"]["PostalAddressChanges"] | null;
            /** @description E.164 (400 `invalid_phone` otherwise); `null` clears it. */
            phone?: string | null;
            /** @description At most 1000 characters; `null` or `""` clears them. */
            accessNotes?: string | null;
            /** @description The whole new list of ISO 639-1 codes, at most 10, repeats dropped (400 `one_of` on `languages` for anything else). */
            languages?: string[];
            /** @description The whole new list of the ways the doctor consults (an addition to the seed), repeats dropped: `[]` is 400 `empty`, anything but `inPerson` and `video` 400 `one_of` (on `consultationModes`). A mode one of the doctor's visit reasons still uses cannot go: 400 `needed_by_visit_reason` {mode, reason} on `consultationModes`, naming the first such reason; the doctor changes or removes the reason first. */
            consultationModes?: components["schemas"]["ConsultationMode"][];
            /** @description The RPPS number (an addition to the seed), trimmed: 11 characters (else 400 `length_between` {min, max}) that are digits, the last the Luhn check digit of the others (else 400 `not_an_rpps_number`); `null` clears it. */
            rppsNumber?: string | null;
            /**
             * @description Which bookings are paid when booked (an addition). Anything but `none` needs a payment method configured on the server (else 400 `payments_unavailable`) and the doctor's `price` (else 400 `needs_price`), both on `prepayment`; other values 400 `one_of`.
             * @enum {string}
             */
            prepayment?: "none" | "video" | "all";
            /** @description The whole new weekly schedule, at most 50 windows; `[]` removes every window (which unlists the doctor). Problems are reported as `availability.<index>.<field>`, overlapping windows as `availability`. */
            availability?: components["schemas"]["AvailabilityWindow"][] | null;
        };
        /**
         * @description One bookable consultation.
         * @example {
         *       "start": "2026-12-01T08:00:00.000Z",
         *       "end": "2026-12-01T08:30:00.000Z",
         *       "local": "2026-12-01T09:00"
         *     }
         */
        Slot: {
            start: components["schemas"]["Timestamp"];
            /** @description `start` plus `consultationMinutes` of real time. */
            end: components["schemas"]["Timestamp"];
            /**
             * @description The start on the doctor's wall clock, `YYYY-MM-DDTHH:MM` with no offset.
             * @example 2026-12-01T09:00
             */
            local: string;
        };
        DoctorSlots: {
            doctorId: components["schemas"]["ObjectId"];
            /** @description The doctor's time zone, in which the days and `local` times are. */
            timezone: components["schemas"]["TimeZone"];
            /** @description The free slots, sorted by start. */
            slots: components["schemas"]["Slot"][];
        };
        DoctorPage: {
            doctors: components["schemas"]["DoctorListing"][];
            page: number;
            /** @description The page size used, after clamping. */
            limit: number;
            /** @description How many listed doctors match, over all pages. */
            total: number;
        };
        /**
         * @example {
         *       "specialties": [
         *         {
         *           "specialty": "cardiology",
         *           "names": {
         *             "fr": "Cardiologie",
         *             "en": "Cardiology"
         *           },
         *           "title": "Dr",
         *           "count": 2
         *         },
         *         {
         *           "specialty": "physiotherapy",
         *           "names": {
         *             "fr": "Kinésithérapie",
         *             "en": "Physiotherapy"
         *           },
         *           "title": null,
         *           "count": 1
         *         }
         *       ]
         *     }
         */
        SpecialtyList: {
            specialties: {
                /** @description The code doctors' `specialty` holds. */
                specialty: string;
                names: {
                    fr: string;
                    en: string;
                };
                /** @description "Dr" when its practitioners are called so, else null. */
                title: string | null;
                /** @description How many listed doctors have this specialty. */
                count: number;
            }[];
        };
        PopularDoctors: {
            doctors: components["schemas"]["DoctorListing"][];
        };
        /** @description A period in which the doctor offers no slot, with the confirmed bookings it covers (taking time off cancels nothing: see POST /api/v1/doctors/me/time-off/{id}/cancel-bookings). */
        TimeOff: {
            _id: components["schemas"]["ObjectId"];
            start: components["schemas"]["Timestamp"];
            /** @description After `start`; the period is [start, end). */
            end: components["schemas"]["Timestamp"];
            /** @description Empty when none was given. */
            reason: string;
            /** @description The doctor's confirmed appointments overlapping the period, earliest first (an addition). */
            bookings: {
                _id: components["schemas"]["ObjectId"];
                patientId: components["schemas"]["ObjectId"];
                patientName: components["schemas"]["Name"];
                appointmentDate: components["schemas"]["Timestamp"];
                endDate: components["schemas"]["Timestamp"];
                reasonName: string | null;
            }[];
            createdAt: components["schemas"]["Timestamp"];
        };
        /**
         * @example {
         *       "start": "2026-12-24T00:00:00.000+01:00",
         *       "end": "2026-12-27T00:00:00.000+01:00",
         *       "reason": "Christmas"
         *     }
         */
        TimeOffRequest: {
            start: components["schemas"]["InstantInput"];
            /** @description After `start` (else 400 on `end`, "must be after start"). */
            end: components["schemas"]["InstantInput"];
            /** @description At most 200 characters as sent, then trimmed; absent or null means none (`""`). */
            reason?: string | null;
        };
        TimeOffList: {
            /** @description Every time off of the doctor, past and future, sorted by start. */
            timeOff: components["schemas"]["TimeOff"][];
        };
        /**
         * @description Where a consultation happens (an addition to the seed): `inPerson` at the practice, `video` online.
         * @enum {string}
         */
        ConsultationMode: "inPerson" | "video";
        /**
         * @description What a patient books a doctor for (an addition to the seed), with its own length, fee and mode.
         * @example {
         *       "_id": "6760c3d4e5f6012345678901",
         *       "doctorId": "6740a1b2c3d4e5f601234568",
         *       "name": "Première consultation",
         *       "durationMinutes": 45,
         *       "price": 50,
         *       "currency": "EUR",
         *       "mode": "inPerson",
         *       "newPatients": true,
         *       "instructions": "Apportez votre carte Vitale et vos derniers examens.",
         *       "createdAt": "2026-11-20T14:02:11.512Z",
         *       "updatedAt": "2026-11-20T14:02:11.512Z"
         *     }
         */
        VisitReason: {
            _id: components["schemas"]["ObjectId"];
            doctorId: components["schemas"]["ObjectId"];
            name: string;
            /** @description The consultation's length; its slots start on the doctor's grid of `consultationMinutes` (or every `durationMinutes` when shorter). */
            durationMinutes: number;
            /** @description The fee in `currency`; null when the doctor's `consultationFee` applies. */
            price: number | null;
            /** @description The ISO 4217 code of `price`; null with it. */
            currency: string | null;
            mode: components["schemas"]["ConsultationMode"];
            /** @description False when only patients the doctor has already seen (a completed appointment) may book it; a new patient gets 409 `reason_for_known_patients`. */
            newPatients: boolean;
            /** @description What to bring or how to prepare; empty when none. */
            instructions: string;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        /**
         * @description The fields to set; absent fields stay as they are. Creating a reason needs `name` and `durationMinutes` (400 `required` on each missing one).
         * @example {
         *       "name": "Première consultation",
         *       "durationMinutes": 45,
         *       "price": 50,
         *       "mode": "inPerson"
         *     }
         */
        VisitReasonChanges: {
            /** @description Trimmed; must not be empty. */
            name?: string;
            durationMinutes?: number;
            /** @description 0 to 100000 in the instance's currency, with no more decimals than its minor unit; null clears it (the doctor's fee applies). */
            price?: number | null;
            /** @description Default `inPerson`. One of the doctor's `consultationModes` (400 `mode_not_offered` otherwise). */
            mode?: components["schemas"]["ConsultationMode"];
            /** @description Default true. */
            newPatients?: boolean;
            /** @description Trimmed; default empty. */
            instructions?: string;
        };
        VisitReasonList: {
            /** @description The reasons offered, oldest first; archived ones are left out. */
            visitReasons: components["schemas"]["VisitReason"][];
        };
        /**
         * @description A calendar date `YYYY-MM-DD`, meaning midnight UTC of that day, or an instant as in InstantInput.
         * @example 2026-12-01
         */
        InstantOrDate: components["schemas"]["CalendarDate"] | components["schemas"]["InstantInput"];
        /**
         * @description `confirmed` from booking on; `canceled` by its patient or doctor; `completed` by its doctor once it has started; `noShow` by its doctor once it has started, when the patient did not come (an addition to the seed's enum). Only a confirmed appointment can be canceled, moved, completed or marked as a no-show.
         * @enum {string}
         */
        AppointmentStatus: "confirmed" | "canceled" | "completed" | "noShow";
        /**
         * @description A consultation of a patient with a doctor, with both parties' names.
         * @example {
         *       "_id": "6750b2c3d4e5f60123456789",
         *       "patientId": "6740a1b2c3d4e5f601234567",
         *       "doctorId": "6740a1b2c3d4e5f601234568",
         *       "patientName": "Camille Durand",
         *       "doctorName": "Hélène Martin",
         *       "appointmentDate": "2026-12-01T08:00:00.000Z",
         *       "endDate": "2026-12-01T08:30:00.000Z",
         *       "durationMinutes": 30,
         *       "reasonId": null,
         *       "reasonName": null,
         *       "mode": "inPerson",
         *       "status": "confirmed",
         *       "notes": "Chest pain when running",
         *       "cancelReason": null,
         *       "canceledBy": null,
         *       "createdAt": "2026-11-20T14:02:11.512Z",
         *       "updatedAt": "2026-11-20T14:02:11.512Z"
         *     }
         */
        Appointment: {
            /** @description Kept when the appointment is moved. */
            _id: components["schemas"]["ObjectId"];
            /** @description The patient's user `_id`. */
            patientId: components["schemas"]["ObjectId"];
            /** @description The doctor's user `_id`. */
            doctorId: components["schemas"]["ObjectId"];
            /** @description The patient account's current display name. */
            patientName: components["schemas"]["Name"];
            /** @description The patient account's phone now, E.164, so the practice can call them from its agenda (an addition to the seed). */
            patientPhone: string;
            /** @description The doctor account's current display name. */
            doctorName: components["schemas"]["Name"];
            /** @description "Dr" when the doctor's specialty carries the title, else null (an addition to the seed; see DoctorProfile.title). */
            doctorTitle: string | null;
            /** @description The start: the start of one of the doctor's free slots when it was booked or last moved. */
            appointmentDate: components["schemas"]["Timestamp"];
            /** @description `appointmentDate` plus `durationMinutes`. */
            endDate: components["schemas"]["Timestamp"];
            /** @description Its visit reason's `durationMinutes`, or for a doctor without reasons the doctor's `consultationMinutes`, when it was booked or last moved. */
            durationMinutes: number;
            /** @description The visit reason it was booked for (an addition to the seed); null for a doctor without reasons. */
            reasonId: components["schemas"]["ObjectId"] | null;
            /** @description The reason's name when it was booked; null with `reasonId`. */
            reasonName: string | null;
            /** @description How it happens, as booked: the booking's `mode`, else its visit reason's, else `inPerson`. */
            mode: components["schemas"]["ConsultationMode"];
            /** @description Until when its patient can cancel or move it online: `appointmentDate` less the change notice (see BookingPolicy); after it, 409 `too_late_to_cancel` or `too_late_to_reschedule`, and the patient calls `practicePhone`. An addition to the seed. */
            changeableUntil: components["schemas"]["Timestamp"];
            /** @description The doctor's practice address now (an addition to the seed), or null. */
            practiceAddress: components["schemas"]["PostalAddress"] | null;
            /** @description The doctor's practice phone now, E.164 (an addition to the seed), or null. */
            practicePhone: string | null;
            status: components["schemas"]["AppointmentStatus"];
            /** @description The patient's notes from booking, trimmed; empty when there are none. */
            notes: string;
            /** @description The reason given when it was canceled; null when none was given. */
            cancelReason: string | null;
            /**
             * @description Who canceled it; null unless it is canceled. `system` (added): a booking that needed prepayment and was not paid within `MEDIMEET_PAYMENT_TIMEOUT`, canceled with the reason "payment not completed"; both parties are told.
             * @enum {string|null}
             */
            canceledBy: "patient" | "doctor" | "system" | null;
            createdAt: components["schemas"]["Timestamp"];
            /** @description When it was last canceled, moved or completed. */
            updatedAt: components["schemas"]["Timestamp"];
        };
        /**
         * @example {
         *       "doctorId": "6740a1b2c3d4e5f601234568",
         *       "appointmentDate": "2026-12-01T09:00:00.000+01:00",
         *       "notes": "Chest pain when running"
         *     }
         */
        BookingRequest: {
            /** @description A listed doctor's `_id` (a value that is not an ObjectId is 400 "is not an id"; an unknown or unlisted doctor is 404). */
            doctorId: components["schemas"]["ObjectId"];
            /** @description The start of one of the doctor's free slots, as the slots endpoint gives it in `start` (400 "must be an instant like 2026-12-01T08:00:00.000Z" when it is not an instant; 409 `slot_unavailable` when it is not a free slot for the reason's length). */
            appointmentDate: components["schemas"]["InstantInput"];
            /** @description One of the doctor's visit reasons (an addition to the seed): required when the doctor offers any (400 `required`), refused when it is not one of them (400 `unknown_visit_reason`), 409 `reason_for_known_patients` when the reason is only for patients the doctor has already seen. Absent or null for a doctor without reasons. */
            reasonId?: components["schemas"]["ObjectId"] | null;
            /** @description For the doctor; trimmed, then at most 1000 characters. Absent or null means none (`""`). */
            notes?: string | null;
            /** @description How the consultation happens (an addition to the seed); by default the visit reason's mode, else `inPerson`. It must be one of the doctor's `consultationModes` (400 `mode_not_offered` on `mode`) and, with a visit reason, the reason's mode (400 `one_of` on `mode`, naming it). Absent or null means the default. Not part of what an `Idempotency-Key` is compared with. */
            mode?: components["schemas"]["ConsultationMode"] | null;
        };
        /**
         * @example {
         *       "appointmentDate": "2026-12-03T14:30:00.000Z"
         *     }
         */
        RescheduleRequest: {
            /** @description The new start: the start of one of the doctor's free slots (400 "must be an instant like 2026-12-01T08:00:00.000Z" when it is not an instant). */
            appointmentDate: components["schemas"]["InstantInput"];
        };
        /**
         * @description Optional; the body may also be empty.
         * @example {
         *       "reason": "I have to travel that week."
         *     }
         */
        CancelRequest: {
            /** @description Told to the other party and kept as `cancelReason`; trimmed, then at most 500 characters. Absent, null or blank means none. */
            reason?: string | null;
        };
        AppointmentPage: {
            /** @description Sorted by `appointmentDate`, then `_id`. */
            appointments: components["schemas"]["Appointment"][];
            page: number;
            /** @description The page size used, after clamping. */
            limit: number;
            /** @description How many of the caller's appointments match, over all pages. */
            total: number;
        };
        AppointmentCounts: {
            confirmed: number;
            canceled: number;
            noShow: number;
            completed: number;
        };
        /**
         * @description The doctor's appointments of all time, past and future.
         * @example {
         *       "total": 12,
         *       "byStatus": {
         *         "confirmed": 5,
         *         "canceled": 2,
         *         "completed": 4,
         *         "noShow": 1
         *       },
         *       "percentages": {
         *         "confirmed": 41.7,
         *         "canceled": 16.7,
         *         "completed": 33.3,
         *         "noShow": 8.3
         *       },
         *       "upcoming": 4,
         *       "awaitingOutcome": 1
         *     }
         */
        DoctorStats: {
            /** @description All of the doctor's appointments, whatever their status. */
            total: number;
            /** @description The confirmed appointments still to come (an addition). */
            upcoming: number;
            /** @description The confirmed appointments that have started, whose outcome (completed or noShow) the doctor has yet to record (an addition); with `upcoming`, they make `byStatus.confirmed`. */
            awaitingOutcome: number;
            /** @description How many appointments have each status; every status is present. */
            byStatus: components["schemas"]["AppointmentCounts"];
            /** @description Each status's share of `total` in percent, rounded to one decimal (so they may not add up to exactly 100); all 0 when `total` is 0. */
            percentages: {
                confirmed: number;
                noShow: number;
                canceled: number;
                completed: number;
            };
        };
        /** @description A patient of the doctor, or a doctor of the patient: someone the user has or had at least one appointment with, whatever its status. */
        Counterpart: {
            /** @description Their user `_id`. */
            _id: components["schemas"]["ObjectId"];
            /** @description Their account's current display name. */
            name: components["schemas"]["Name"];
            /** @description How many appointments the two have, of any status, past and future. */
            appointmentCount: number;
            /** @description The start of their latest appointment, of any status; it may lie in the future. */
            lastAppointmentDate: components["schemas"]["Timestamp"];
        };
        /** @description A patient as their doctor's list shows them (additions to Counterpart). */
        PatientOfDoctor: {
            _id: components["schemas"]["ObjectId"];
            name: components["schemas"]["Name"];
            email: string;
            /** @description E.164. */
            phone: string;
            dateOfBirth: components["schemas"]["Timestamp"] | null;
            /** @description How many appointments the two have, of any status, past and future. */
            appointmentCount: number;
            /** @description The start of their latest appointment, of any status; it may lie ahead. */
            lastAppointmentDate: components["schemas"]["Timestamp"];
            /** @description The start of their latest completed appointment, or null. */
            lastVisit: components["schemas"]["Timestamp"] | null;
            /** @description The start of their next confirmed appointment from now, or null. */
            nextAppointment: components["schemas"]["Timestamp"] | null;
        };
        PatientCounterparts: {
            /** @description Latest `lastAppointmentDate` first. */
            patients: components["schemas"]["PatientOfDoctor"][];
            page: number;
            limit: number;
            /** @description How many patients match, over all pages. */
            total: number;
        };
        DoctorCounterparts: {
            /** @description Latest `lastAppointmentDate` first. */
            doctors: components["schemas"]["Counterpart"][];
        };
        CalendarFeed: {
            /**
             * Format: uri
             * @description `<public URL>/api/v1/calendar/feed/<secret>.ics`, the public URL being the server setting `MEDIMEET_PUBLIC_URL` or `--public-url` (by default `http://<listen address>`) and the secret 43 URL-safe base64 characters.
             * @example https://medimeet.example.com/api/v1/calendar/feed/x3vV8cE2b9fJmQk1R7sT4uW6yZaBcDeFgHiJkLmNoPq.ics
             */
            url: string;
        };
        /**
         * @description An iCalendar (RFC 5545) object, served as `text/calendar; charset=utf-8`, lines ending
         *     in CRLF: a VCALENDAR with `VERSION:2.0`, `PRODID:-//MediMeet//MediMeet//EN`,
         *     `CALSCALE:GREGORIAN`, `METHOD:PUBLISH` and `X-WR-CALNAME:MediMeet`, and one VEVENT per
         *     appointment with:
         *
         *     - `UID`: `<appointment _id>@medimeet`, stable when the appointment changes;
         *     - `DTSTART` and `DTEND`: `appointmentDate` and `endDate` in UTC, to the second;
         *     - `SUMMARY`: `Consultation with <name of the other party>`;
         *     - `DESCRIPTION`: the notes, only when there are some;
         *     - `STATUS`: `CANCELLED` for a canceled appointment, otherwise `CONFIRMED`;
         *     - `SEQUENCE`: bumped at every cancellation, move and completion, so calendar apps
         *       replace their copy;
         *     - `CREATED` and `DTSTAMP`: `createdAt`; `LAST-MODIFIED`: `updatedAt`.
         * @example BEGIN:VCALENDAR
         *     VERSION:2.0
         *     PRODID:-//MediMeet//MediMeet//EN
         *     CALSCALE:GREGORIAN
         *     METHOD:PUBLISH
         *     X-WR-CALNAME:MediMeet
         *     BEGIN:VEVENT
         *     UID:6750b2c3d4e5f60123456789@medimeet
         *     DTSTAMP:20261120T140211Z
         *     CREATED:20261120T140211Z
         *     LAST-MODIFIED:20261120T140211Z
         *     SEQUENCE:0
         *     DTSTART:20261201T080000Z
         *     DTEND:20261201T083000Z
         *     SUMMARY:Consultation with Hélène Martin
         *     STATUS:CONFIRMED
         *     END:VEVENT
         *     END:VCALENDAR
         */
        ICalendar: string;
        /**
         * @description `appointmentConfirmation`: an appointment was booked (to both parties); `appointmentRescheduled`: it was moved to another time (to both parties; added by MediMeet to the seed's enum); `appointmentReminder`: an appointment is coming up (to the patient); `appointmentCancellation`: an appointment was canceled (to the other party); `prescriptionIssued` and `prescriptionUpdated`: the doctor wrote, or rewrote, the prescription of a video consultation (to the patient); `documentAdded`: a party attached a document to a video consultation (to the other party). The last three are added by MediMeet to the seed's enum.
         * @enum {string}
         */
        NotificationType: "appointmentConfirmation" | "appointmentRescheduled" | "appointmentReminder" | "appointmentCancellation" | "prescriptionIssued" | "prescriptionUpdated" | "documentAdded";
        /** @description A message to a user about one of their appointments, shown in the app and also sent by email (and SMS when their phone number is verified); see the Notifications tag. */
        Notification: {
            _id: components["schemas"]["ObjectId"];
            /** @description The recipient's user `_id`. */
            userId: components["schemas"]["ObjectId"];
            type: components["schemas"]["NotificationType"];
            /**
             * @description The text, in English, with the time on the doctor's wall clock.
             * @example Your appointment with Dr Hélène Martin on Tuesday 01 December 2026 at 09:00 (Europe/Paris) is confirmed.
             */
            message: string;
            /** @description When its email was delivered; null until then (and if delivery fails). */
            sentAt: components["schemas"]["Timestamp"] | null;
            /** @description False until the user marks it read. */
            read: boolean;
            /** @description The appointment it is about. */
            appointmentId: components["schemas"]["ObjectId"] | null;
            createdAt: components["schemas"]["Timestamp"];
            /** @description When it was last marked read or its email delivered. */
            updatedAt: components["schemas"]["Timestamp"];
        };
        NotificationPage: {
            /** @description Newest first. */
            notifications: components["schemas"]["Notification"][];
            page: number;
            /** @description The page size used, after clamping. */
            limit: number;
            /** @description How many notifications match (all, or the unread ones), over all pages. */
            total: number;
        };
        UnreadCount: {
            count: number;
        };
        ReadAllResult: {
            /** @description How many unread notifications were marked read. */
            updated: number;
        };
        EventTicket: {
            /**
             * @description The ticket, for `GET /api/v1/events?ticket=<ticket>` (URL-encode it).
             * @example Yk3q9VbT2xW7nM4cR8sL1pJ6hF0dG5aE
             */
            ticket: string;
            /** @description When the ticket stops opening sockets, 30 seconds after it was made. */
            expiresAt: components["schemas"]["Timestamp"];
        };
        /** @description A file as stored (an addition to the seed, which names files only inside records). */
        StoredFile: {
            _id: string;
            /** @description As sent in X-File-Name, without any path, control character or more than 255 characters. */
            name: string;
            /** @description What the content is (libmagic), e.g. `application/pdf`. */
            type: string;
            /** @description Bytes of the plaintext. */
            size: number;
            /** @description SHA-256 of the plaintext, hex. */
            sha256: string;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description A message from one user to another (the seed's Messages, with `readAt` added). */
        Message: {
            _id: components["schemas"]["ObjectId"];
            /** @description Who wrote it (a user `_id`). */
            senderId: components["schemas"]["ObjectId"];
            /** @description Who it is for (a user `_id`). */
            receiverId: components["schemas"]["ObjectId"];
            /**
             * @description The text, as sent; line breaks are kept.
             * @example Bonjour docteur, dois-je venir à jeun ?
             */
            content: string;
            /** @description When it was sent. */
            timestamp: components["schemas"]["Timestamp"];
            /** @description False until the receiver reads the conversation. */
            read: boolean;
            /** @description When the receiver read it (an addition to the seed); null until then. */
            readAt: components["schemas"]["Timestamp"] | null;
            createdAt: components["schemas"]["Timestamp"];
            /** @description When it was last changed (sent, or read). */
            updatedAt: components["schemas"]["Timestamp"];
        };
        /**
         * @example {
         *       "receiverId": "6740a1b2c3d4e5f601234567",
         *       "content": "Bonjour docteur, dois-je venir à jeun ?"
         *     }
         */
        NewMessage: {
            /** @description Who it is for (a user `_id`); see POST /api/v1/messages for who may write to whom. */
            receiverId: components["schemas"]["ObjectId"];
            /**
             * @description The text: 1 to 5000 characters (Unicode code points) once surrounding whitespace is trimmed.
             * @example Bonjour docteur, dois-je venir à jeun ?
             */
            content: string;
        };
        /** @description Messages of one sender that their receiver has just read. */
        ReadReceipt: {
            /** @description Who read them (their receiver). */
            readerId: components["schemas"]["ObjectId"];
            /** @description Who sent them. */
            senderId: components["schemas"]["ObjectId"];
            /** @description When they were marked read (now their `readAt`). */
            readAt: components["schemas"]["Timestamp"];
            /** @description The messages marked read by this request; empty when none was unread. */
            messageIds: components["schemas"]["ObjectId"][];
        };
        /** @description The other person of a conversation. */
        ConversationCounterpart: {
            /** @description Their user `_id`. */
            _id: components["schemas"]["ObjectId"];
            /** @description Their account's current display name. */
            name: components["schemas"]["Name"];
            role: components["schemas"]["Role"];
            /** @description "Dr" for a doctor whose specialty carries the title, else null (patients included); see DoctorProfile.title. */
            title: string | null;
        };
        Conversation: {
            counterpart: components["schemas"]["ConversationCounterpart"];
            /** @description The newest message between the two, either way. */
            lastMessage: components["schemas"]["Message"];
            /** @description How many of the counterpart's messages the signed-in user has not read. */
            unreadCount: number;
        };
        ConversationPage: {
            /** @description The conversation with the newest message first. */
            conversations: components["schemas"]["Conversation"][];
            page: number;
            limit: number;
            /** @description How many conversations the user has, over all pages. */
            total: number;
        };
        MessageThread: {
            counterpart: components["schemas"]["ConversationCounterpart"];
            /** @description Newest first (by `timestamp`, then `_id`). */
            messages: components["schemas"]["Message"][];
            /** @description Whether older messages remain before the oldest of this page. */
            hasMore: boolean;
        };
        /** @description What one doctor keeps about one patient (the seed's MedicalRecords). Additions to the seed: `patient` and `doctor` (who they are, for showing), `sharedWith`, and in each entry `_id`, `author`, `authorId`, `createdAt` and `updatedAt`; the seed's `attachments` (strings) are objects describing the files here. */
        MedicalRecord: {
            /** @description Null only from GET /api/v1/patients/{patientId}/medical-record before the doctor's first entry, when no record is stored yet. */
            _id: components["schemas"]["ObjectId"] | null;
            /** @description The patient's user `_id`. */
            patientId: components["schemas"]["ObjectId"];
            /** @description The user `_id` of the doctor who keeps the record. */
            doctorId: components["schemas"]["ObjectId"];
            patient: components["schemas"]["RecordPatient"];
            doctor: components["schemas"]["RecordDoctor"];
            /** @description The entries (the seed's field name), newest `date` first. */
            records: components["schemas"]["MedicalRecordEntry"][];
            /** @description The doctors the patient shared the record with (an addition to the seed). Shown to the patient and to the record's doctor; empty for a doctor it is shared with. */
            sharedWith: components["schemas"]["RecordShareGrant"][];
            /** @description Null when no record is stored yet (see `_id`). */
            createdAt: components["schemas"]["Timestamp"] | null;
            /** @description Null when no record is stored yet (see `_id`). */
            updatedAt: components["schemas"]["Timestamp"] | null;
        };
        /** @description The record's patient, for showing. */
        RecordPatient: {
            _id: components["schemas"]["ObjectId"];
            name: components["schemas"]["Name"];
        };
        /** @description The record's doctor, for showing. */
        RecordDoctor: {
            _id: components["schemas"]["ObjectId"];
            name: components["schemas"]["Name"];
            /** @description The doctor's specialty; null until they give it. */
            specialty: string | null;
        };
        /** @description A doctor the patient shared the record with. */
        RecordShareGrant: {
            /** @description The doctor's user `_id`. */
            doctorId: components["schemas"]["ObjectId"];
            name: components["schemas"]["Name"];
            /** @description When the patient shared it. */
            sharedAt: components["schemas"]["Timestamp"];
        };
        /** @description One entry of a record (the seed's `records[]`: `date`, `description`, `attachments`). Additions to the seed: `_id`, `author`, `authorId`, `createdAt` and `updatedAt`, and `attachments` as objects rather than paths. */
        MedicalRecordEntry: {
            _id: components["schemas"]["ObjectId"];
            /** @description What the entry is dated (midnight UTC when written as a calendar date). */
            date: components["schemas"]["Timestamp"];
            /** @description The text; line breaks are kept. */
            description: string;
            /**
             * @description Who wrote it (an addition to the seed) - the record's doctor or its patient.
             * @enum {string}
             */
            author: "doctor" | "patient";
            /** @description The author's user `_id` (an addition to the seed). */
            authorId: components["schemas"]["ObjectId"];
            /** @description The entry's files (objects, where the seed has file paths), read with GET /api/v1/files/{id} by whoever may read the record. */
            attachments: components["schemas"]["EntryAttachment"][];
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description A file attached to an entry (a StoredFile's `_id`, `name`, `type` and `size`). */
        EntryAttachment: {
            _id: components["schemas"]["ObjectId"];
            /** @description The file's name as uploaded. */
            name: string;
            /** @description What the content is, like `application/pdf`. */
            type: string;
            /** @description Bytes of the plaintext. */
            size: number;
        };
        /**
         * @description A new entry of a medical record.
         * @example {
         *       "date": "2026-11-30",
         *       "description": "Bilan sanguin : ferritine basse, supplémentation en fer pendant 3 mois.",
         *       "attachments": [
         *         "6740a1b2c3d4e5f601234567"
         *       ]
         *     }
         */
        EntryDraft: {
            date: components["schemas"]["DateInput"];
            /** @description Trimmed; then 1 to 20000 characters. */
            description: string;
            /**
             * @description The `_id`s of files the caller uploaded (POST /api/v1/files); none when absent. A file another user uploaded is 403 `file_not_yours`.
             * @default []
             */
            attachments: components["schemas"]["ObjectId"][];
        };
        /** @description Changes to an entry: the fields of EntryDraft, each optional; an absent field stays as it is, and `attachments` replaces the list. */
        EntryChanges: {
            date?: components["schemas"]["DateInput"];
            /** @description Trimmed; then 1 to 20000 characters. */
            description?: string;
            /** @description The entry's files from now on, as in EntryDraft. */
            attachments?: components["schemas"]["ObjectId"][];
        };
        /** @description Whom to share a record with. */
        RecordShare: {
            /** @description A doctor the patient has or had an appointment with, other than the record's own. */
            doctorId: components["schemas"]["ObjectId"];
        };
        MedicalRecordPage: {
            medicalRecords: components["schemas"]["MedicalRecord"][];
            page: number;
            limit: number;
            /** @description How many records the caller may read, over all pages. */
            total: number;
        };
        /**
         * @description What was done: `patient.read` and `patient.update` (the patient's profile), `record.read` (a medical record), `entry.create`, `entry.update` and `entry.delete` (an entry of a record), `record.share` and `record.unshare` (a record's sharing with a doctor), `file.upload` and `file.read` (a file), `data.export` (an export of the patient's data), `teleconsultation.read` (a video consultation's document, read by the patient or the doctor, an addition of this feature), `document.add` and `document.remove` (a file attached to or detached from a video consultation), and `prescription.write` (its prescription written or rewritten).
         * @enum {string}
         */
        AccessLogAction: "patient.read" | "patient.update" | "record.read" | "entry.create" | "entry.update" | "entry.delete" | "record.share" | "record.unshare" | "file.upload" | "file.read" | "data.export" | "teleconsultation.read" | "document.add" | "document.remove" | "prescription.write";
        /** @description Someone read or changed the patient's data. */
        AccessLogEntry: {
            _id: components["schemas"]["ObjectId"];
            /** @description When. */
            at: components["schemas"]["Timestamp"];
            actor: components["schemas"]["AccessLogActor"];
            action: components["schemas"]["AccessLogAction"];
            /**
             * @description What `objectId` names.
             * @enum {string}
             */
            objectType: "patient" | "medicalRecord" | "entry" | "file" | "user" | "teleconsultation";
            /** @description The patient, record, entry, file, user or teleconsultation read or changed. */
            objectId: components["schemas"]["ObjectId"];
        };
        /** @description Who did it. */
        AccessLogActor: {
            /** @description Their user `_id`. */
            _id: components["schemas"]["ObjectId"];
            name: components["schemas"]["Name"];
            role: components["schemas"]["Role"];
        };
        AccessLogPage: {
            /** @description Newest first. */
            entries: components["schemas"]["AccessLogEntry"][];
            page: number;
            limit: number;
            /** @description How many entries the log has, over all pages. */
            total: number;
        };
        /** @description A file in the export - the StoredFile, and where to download it. */
        ExportedFile: components["schemas"]["StoredFile"] & {
            /**
             * @description The path to download the file from with a session, `/api/v1/files/<_id>`; null for a file whose content did not come with a data import.
             * @example /api/v1/files/6740a1b2c3d4e5f601234567
             */
            downloadUrl: string | null;
        };
        /**
         * @description `creditCard` (through Stripe Checkout) or `PayPal`: the seed's methods.
         * @enum {string}
         */
        PaymentMethod: "creditCard" | "PayPal";
        /** @description The seed's Payments document (`userId`: the payer), with additions: `doctorId`, `currency`, `failureReason`, `dueBy`, `checkoutUrl`, `refundStatus` and `refundedAt`. */
        Payment: {
            _id: components["schemas"]["ObjectId"];
            userId: components["schemas"]["ObjectId"];
            appointmentId: components["schemas"]["ObjectId"];
            doctorId: components["schemas"]["ObjectId"];
            /** @description In major units of `currency`, with at most its minor unit's decimals (`30.5`). */
            amount: number;
            /** @example EUR */
            currency: string;
            /** @description Chosen at checkout; null before. */
            paymentMethod: components["schemas"]["PaymentMethod"] | null;
            /** @description The provider's payment (Stripe's PaymentIntent, PayPal's capture); null until completed. */
            transactionId: string | null;
            /**
             * @description Only moves forward. The one way out of `failed` is money the provider took after the booking was canceled for want of it: `completed`, and refunded at once.
             * @enum {string}
             */
            status: "pending" | "completed" | "failed";
            /**
             * @description Why it failed: `expired` (not paid by `dueBy`), `canceled` (its booking was canceled first), `amount_mismatch` (the provider reported another amount or currency).
             * @enum {string|null}
             */
            failureReason: "expired" | "canceled" | "amount_mismatch" | null;
            dueBy: components["schemas"]["Timestamp"];
            /** @description The provider's page, while the payment is pending and after a checkout. */
            checkoutUrl: string | null;
            /**
             * @description `pending` once a refund is due, `completed` when the provider confirmed it.
             * @enum {string|null}
             */
            refundStatus: "pending" | "completed" | null;
            /** @description When the provider confirmed the refund. */
            refundedAt: components["schemas"]["Timestamp"] | null;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        PaymentPage: {
            /** @description Newest first. */
            payments: components["schemas"]["Payment"][];
            page: number;
            limit: number;
            total: number;
        };
        CheckoutInput: {
            paymentMethod: components["schemas"]["PaymentMethod"];
        };
        InstanceFeatures: {
            /** @description How long a patient has to pay a booking that needs prepayment (`MEDIMEET_PAYMENT_TIMEOUT`, in whole minutes); once booked, the payment's `dueBy` says it exactly. */
            paymentTimeoutMinutes: number;
            /** @description The payment methods this server offers (those whose provider is configured). */
            paymentMethods: components["schemas"]["PaymentMethod"][];
            /**
             * @description The ISO 4217 code of every fee (`MEDIMEET_CURRENCY`).
             * @example EUR
             */
            currency: string;
            /** @description False when the instance runs without reviews (`MEDIMEET_REVIEWS=off`). */
            reviews: boolean;
        };
        /** @description The seed's Reviews document as its author sees it. Additions: `appointmentId`, `displayName` and `status`. */
        Review: {
            _id: components["schemas"]["ObjectId"];
            doctorId: components["schemas"]["ObjectId"];
            patientId: components["schemas"]["ObjectId"];
            /** @description The completed visit it is about (one review each). */
            appointmentId: components["schemas"]["ObjectId"];
            rating: number;
            /** @description Empty when the patient wrote none. */
            comment: string;
            /** @description The name shown with it; null shows "Patient". */
            displayName: string | null;
            /**
             * @description `flagged`: the doctor asked the operator to examine it (still shown); `hidden`: the operator hid it (not shown, not counted).
             * @enum {string}
             */
            status: "published" | "flagged" | "hidden";
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description A review as anyone sees it; nothing in it says who wrote it. */
        PublicReview: {
            _id: components["schemas"]["ObjectId"];
            rating: number;
            comment: string;
            /** @description The name its author chose, or "Patient". */
            displayName: string;
            /**
             * Format: date
             * @description The day it was written (UTC); not the time, which could point at the visit.
             */
            date: string;
        };
        PublicReviewPage: {
            /** @description Newest first. */
            reviews: components["schemas"]["PublicReview"][];
            page: number;
            limit: number;
            /** @description How many reviews are shown, over all pages. */
            total: number;
        };
        ReviewInput: {
            appointmentId: components["schemas"]["ObjectId"];
            rating: number;
            /** @description Trimmed; line breaks allowed, no other control character; `""` is none. */
            comment?: string;
            /** @description Trimmed; absent shows "Patient". */
            displayName?: string;
        };
        ReviewChanges: {
            rating?: number;
            /** @description null or `""` removes the comment. */
            comment?: string | null;
            /** @description null shows "Patient" again. */
            displayName?: string | null;
        };
        ReviewFlag: {
            /** @description Why the operator should examine it. */
            reason: string;
        };
        /** @description Everything MediMeet keeps about one user (GET /api/v1/users/me/export). No password hash, token or key appears in it. */
        DataExport: {
            exportedAt: components["schemas"]["Timestamp"];
            /** @description The account, without its password hash or any token. */
            account: components["schemas"]["User"];
            /** @description The patient's or the doctor's profile. */
            profile: components["schemas"]["Patient"] | components["schemas"]["Doctor"];
            appointments: components["schemas"]["Appointment"][];
            notifications: components["schemas"]["Notification"][];
            messages: components["schemas"]["Message"][];
            medicalRecords: components["schemas"]["MedicalRecord"][];
            files: components["schemas"]["ExportedFile"][];
            /** @description The payments the user made (empty for a doctor). */
            payments: components["schemas"]["Payment"][];
            /** @description The reviews a patient wrote (empty for a doctor). */
            reviews: components["schemas"]["Review"][];
        };
        /**
         * @description The seed's Teleconsultations document: the video room of one appointment booked `video`. `patientId`, `doctorId` and `room` are additions to the seed, and `documents` holds objects (TeleconsultationDocument) where the seed has strings. `prescription` is the seed's (the rendered text); `prescriptionItems`, `prescriptionNotes` and `prescribedAt` are additions.
         * @example {
         *       "_id": "6750b2c3d4e5f60123456790",
         *       "appointmentId": "6750b2c3d4e5f60123456789",
         *       "videoLink": "https://medimeet.example/visit/6750b2c3d4e5f60123456790",
         *       "documents": [],
         *       "patientId": "6740a1b2c3d4e5f601234567",
         *       "doctorId": "6740a1b2c3d4e5f601234568",
         *       "room": {
         *         "state": "scheduled",
         *         "opensAt": "2026-12-01T07:45:00.000Z",
         *         "closesAt": "2026-12-01T09:30:00.000Z"
         *       },
         *       "prescription": null,
         *       "prescriptionItems": [],
         *       "prescriptionNotes": null,
         *       "prescribedAt": null,
         *       "createdAt": "2026-11-20T14:02:11.512Z",
         *       "updatedAt": "2026-11-20T14:02:11.512Z"
         *     }
         */
        Teleconsultation: {
            _id: components["schemas"]["ObjectId"];
            /** @description The video appointment it belongs to, one teleconsultation each. */
            appointmentId: components["schemas"]["ObjectId"];
            /**
             * Format: uri
             * @description The room page, `<public-url>/visit/<_id>`: where the two parties meet. It opens the web app, which asks the visitor to sign in; nobody else is let in.
             * @example https://medimeet.example/visit/6750b2c3d4e5f60123456790
             */
            videoLink: string;
            /** @description Files the parties attached to the consultation, oldest first (objects, where the seed has strings: an addition to the seed). */
            documents: components["schemas"]["TeleconsultationDocument"][];
            /** @description The appointment's patient, their user `_id` (an addition to the seed). */
            patientId: components["schemas"]["ObjectId"];
            /** @description The appointment's doctor, their user `_id` (an addition to the seed). */
            doctorId: components["schemas"]["ObjectId"];
            room: components["schemas"]["RoomStatus"];
            /** @description The doctor's prescription as text (items then notes), as the seed has it; null until one is written (PUT /api/v1/teleconsultations/{id}/prescription). */
            prescription: string | null;
            /** @description The prescription's lines (an addition to the seed); empty without one. */
            prescriptionItems: components["schemas"]["PrescriptionItem"][];
            /** @description The prescription's notes (an addition to the seed): `""` when it has none, null without a prescription. */
            prescriptionNotes: string | null;
            /** @description When the prescription was last written (an addition to the seed); null without one. */
            prescribedAt: components["schemas"]["Timestamp"] | null;
            createdAt: components["schemas"]["Timestamp"];
            updatedAt: components["schemas"]["Timestamp"];
        };
        /** @description The file to attach. */
        TeleconsultationDocumentInput: {
            /** @description A file the caller uploaded (StoredFile `_id`). */
            fileId: components["schemas"]["ObjectId"];
        };
        /** @description One line of a prescription. In what the server returns every field is there, `""` when the doctor left it out; in a request, an optional field that is `""` or only spaces counts as left out, so a client may send back what it was given. */
        PrescriptionItem: {
            /** @example Amoxicilline 500 mg */
            medication: string;
            /** @example 1 gélule */
            dosage?: string;
            /** @example 3 fois par jour */
            frequency?: string;
            /** @example 7 jours */
            duration?: string;
            /** @example Au milieu des repas. */
            instructions?: string;
        };
        /** @description The whole prescription; it replaces any earlier one. */
        PrescriptionInput: {
            /** @description One to 30 lines; `[]` is 400 `validation_failed` on `items` (`empty`). */
            items: components["schemas"]["PrescriptionItem"][];
            /** @description Free text printed under the items; `""` or only spaces counts as none. */
            notes?: string;
        };
        /** @description A genuine prescription, as anyone holding its code may see it: the patient appears by their initials only. */
        VerifiedPrescription: {
            /** @constant */
            valid: true;
            prescribedAt: components["schemas"]["Timestamp"];
            prescriber: {
                /**
                 * @description The doctor's name with their title.
                 * @example Dr Claire Martin
                 */
                name: string;
                specialty: string | null;
                /** @description The practitioner id printed on the prescription. */
                rppsNumber: string | null;
            };
            /** @example C. R. */
            patientInitials: string;
            items: components["schemas"]["PrescriptionItem"][];
            /** @description The notes, `""` when there are none. */
            notes: string;
        };
        /** @description The documents or the prescription of a teleconsultation changed; to its patient and its doctor (read it again with GET /api/v1/teleconsultations/{id}). */
        TeleconsultationUpdatedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "teleconsultation.updated";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
            };
        };
        /** @description A file one party attached to the consultation (an addition to the seed, whose documents are strings). */
        TeleconsultationDocument: {
            /** @description The StoredFile's `_id` (GET /api/v1/files/{id}). */
            _id: components["schemas"]["ObjectId"];
            /** @description The file's name. */
            name: string;
            /** @description What the content is, e.g. `application/pdf`. */
            type: string;
            /** @description Bytes of the plaintext. */
            size: number;
            /** @description The user `_id` of the party who attached it. */
            addedBy: components["schemas"]["ObjectId"];
            addedAt: components["schemas"]["Timestamp"];
        };
        /** @description Where the room stands when the document is read (an addition to the seed). `state`: `scheduled` before `opensAt`, `open` from `opensAt` until `closesAt`, `closed` from `closesAt` on, `canceled` when the appointment was canceled or marked no-show (the room never opens; the document stays). `opensAt` is the appointment's start less `MEDIMEET_ROOM_EARLY` (15 minutes by default), `closesAt` its end plus `MEDIMEET_ROOM_LATE` (60 minutes by default); both follow a reschedule. */
        RoomStatus: {
            /** @enum {string} */
            state: "scheduled" | "open" | "closed" | "canceled";
            opensAt: components["schemas"]["Timestamp"];
            closesAt: components["schemas"]["Timestamp"];
        };
        /** @description One entry of RTCConfiguration.iceServers. */
        IceServer: {
            /** @description `stun:`, `turn:` or `turns:` URLs, like `turn:turn.example:3478?transport=udp`. */
            urls: string[];
            /**
             * @description TURN only, `<unix expiry>:<userId>`.
             * @example 1796108400:6740a1b2c3d4e5f601234567
             */
            username?: string;
            /** @description TURN only, the base64 HMAC-SHA1 of `username` under the server's TURN secret. */
            credential?: string;
        };
        /**
         * @description The STUN and TURN servers for a room's call: `iceServers` is the RTCConfiguration's, as is (empty when the server has none configured).
         * @example {
         *       "iceServers": [
         *         {
         *           "urls": [
         *             "stun:turn.medimeet.example:3478"
         *           ]
         *         },
         *         {
         *           "urls": [
         *             "turn:turn.medimeet.example:3478?transport=udp"
         *           ],
         *           "username": "1796108400:6740a1b2c3d4e5f601234567",
         *           "credential": "m2B0cR0sH0W7v9cU2kQz3i8mF1Q="
         *         }
         *       ],
         *       "expiresAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        IceServers: {
            iceServers: components["schemas"]["IceServer"][];
            /** @description When the TURN credentials expire, the room's `closesAt`. */
            expiresAt: components["schemas"]["Timestamp"];
        };
        /** @description A text frame of the event socket (GET /api/v1/events): what happened (`type`) and the document it concerns (`data`), or what a video room answers and relays (`room.*`, `rtc.*`, `error`). Clients ignore types they do not know. */
        EventFrame: components["schemas"]["MessageCreatedEvent"] | components["schemas"]["MessageReadEvent"] | components["schemas"]["NotificationCreatedEvent"] | components["schemas"]["AppointmentUpdatedEvent"] | components["schemas"]["TeleconsultationUpdatedEvent"] | components["schemas"]["RoomJoinedEvent"] | components["schemas"]["RoomRefusedEvent"] | components["schemas"]["RoomWaitingEvent"] | components["schemas"]["RoomAdmitEvent"] | components["schemas"]["RoomJoinEvent"] | components["schemas"]["RoomLeaveEvent"] | components["schemas"]["RoomReplacedEvent"] | components["schemas"]["RtcOfferEvent"] | components["schemas"]["RtcAnswerEvent"] | components["schemas"]["RtcIceEvent"] | components["schemas"]["SocketErrorEvent"];
        /** @description A message was sent; to its sender and its receiver. */
        MessageCreatedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.created";
            data: components["schemas"]["Message"];
        };
        /** @description Messages were read; to their reader and their sender. */
        MessageReadEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "message.read";
            data: components["schemas"]["ReadReceipt"];
        };
        /** @description A notification was created; to its recipient. */
        NotificationCreatedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "notification.created";
            data: components["schemas"]["Notification"];
        };
        /** @description An appointment was booked, canceled, rescheduled, completed or marked no-show; to its patient and its doctor. */
        AppointmentUpdatedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "appointment.updated";
            data: components["schemas"]["Appointment"];
        };
        /** @description The answer to this socket's `room.join`: it is in the room (a patient maybe waiting to be admitted). */
        RoomJoinedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "room.joined";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
                /** @description This socket's id, as `room.replaced` names it. */
                socketId: string;
                /** @description The caller's part in the consultation. */
                role: components["schemas"]["Role"];
                /** @description Whether the patient has been let in, to either party (a waiting patient: false; once admitted, a patient who comes back is in at once). */
                admitted: boolean;
                /** @description The other party is in the room. */
                peerPresent: boolean;
                /** @description The patient is in the room waiting to be admitted. */
                patientWaiting: boolean;
            };
        };
        /** @description A room message of this socket was refused; to that socket only. */
        RoomRefusedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "room.refused";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
                /**
                 * @description `not_found`: not a party, or no such room; `too_early`: the room is not open yet (see `opensAt`); `closed`: it has closed; `canceled`: its appointment was canceled or marked no-show; `not_joined`: rtc, admit or leave before joining; `not_admitted`: rtc (from either party) before the patient is admitted; `not_doctor`: a patient sent `room.admit`; `no_patient_waiting`: nobody to admit (the patient is already admitted, or not in the room); `peer_absent`: rtc while the other party is not in the room.
                 * @enum {string}
                 */
                reason: "not_found" | "too_early" | "closed" | "canceled" | "not_joined" | "not_admitted" | "not_doctor" | "no_patient_waiting" | "peer_absent";
                /** @description With `too_early`, when the room opens. */
                opensAt?: components["schemas"]["Timestamp"];
            };
        };
        /** @description The patient joined and waits to be admitted; to all the doctor's sockets and to the patient's. */
        RoomWaitingEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "room.waiting";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
                patient: {
                    _id: components["schemas"]["ObjectId"];
                    name: components["schemas"]["Name"];
                };
            };
        };
        /** @description The doctor admitted the patient; to both parties. */
        RoomAdmitEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "room.admit";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
            };
        };
        /** @description The other party entered the room (the doctor, or an admitted patient). */
        RoomJoinEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "room.join";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
                /** @description Who entered or left, their user `_id`. */
                userId: components["schemas"]["ObjectId"];
                role: components["schemas"]["Role"];
            };
        };
        /** @description The other party left the room, or their socket closed. */
        RoomLeaveEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "room.leave";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
                /** @description Who entered or left, their user `_id`. */
                userId: components["schemas"]["ObjectId"];
                role: components["schemas"]["Role"];
            };
        };
        /** @description A newer socket of the same user joined the room: the socket `socketId` is out of the call. */
        RoomReplacedEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "room.replaced";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
                /** @description The socket that leaves the call (`room.joined`'s `socketId`). */
                socketId: string;
            };
        };
        /** @description The other party's offer, relayed. */
        RtcOfferEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "rtc.offer";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
                /** @description The sender's user `_id`. */
                from: components["schemas"]["ObjectId"];
                /** @description The `socketId` of the receiving socket in the room (its `room.joined`'s); a socket whose id differs ignores the frame. */
                to: string;
                /** @description The RTCSessionDescription's `sdp`. */
                sdp: string;
            };
        };
        /** @description The other party's answer, relayed. */
        RtcAnswerEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "rtc.answer";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
                /** @description The sender's user `_id`. */
                from: components["schemas"]["ObjectId"];
                /** @description The `socketId` of the receiving socket in the room (its `room.joined`'s); a socket whose id differs ignores the frame. */
                to: string;
                /** @description The RTCSessionDescription's `sdp`. */
                sdp: string;
            };
        };
        /** @description One of the other party's ICE candidates, relayed. */
        RtcIceEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "rtc.ice";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
                /** @description The sender's user `_id`. */
                from: components["schemas"]["ObjectId"];
                /** @description The `socketId` of the receiving socket in the room (its `room.joined`'s); a socket whose id differs ignores the frame. */
                to: string;
                /** @description RTCIceCandidate.toJSON(), or null once the sender's gathering is over. */
                candidate: components["schemas"]["IceCandidate"] | null;
            };
        };
        /** @description What the client sent could not be taken; to that socket only. */
        SocketErrorEvent: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "error";
            data: {
                /**
                 * @description `malformed_message`: not `{type, data: {…}}`; `unknown_message_type`: a type the server does not take.
                 * @enum {string}
                 */
                code: "malformed_message" | "unknown_message_type";
            };
        };
        /** @description RTCIceCandidate.toJSON() (RTCIceCandidateInit). */
        IceCandidate: {
            candidate: string;
            sdpMid?: string | null;
            sdpMLineIndex?: number | null;
            usernameFragment?: string | null;
        };
        /** @description A text frame a client sends on the event socket: a video room's messages and its call's signalling (see GET /api/v1/events). Every `data` names the room by `teleconsultationId`. */
        ClientFrame: components["schemas"]["RoomJoinMessage"] | components["schemas"]["RoomAdmitMessage"] | components["schemas"]["RoomLeaveMessage"] | components["schemas"]["RtcOfferMessage"] | components["schemas"]["RtcAnswerMessage"] | components["schemas"]["RtcIceMessage"];
        /** @description Enter the room from this socket. */
        RoomJoinMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "room.join";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
            };
        };
        /** @description The doctor lets the waiting patient in. */
        RoomAdmitMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "room.admit";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
            };
        };
        /** @description Leave the room. */
        RoomLeaveMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "room.leave";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
            };
        };
        /** @description The doctor's offer, for the other party. */
        RtcOfferMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "rtc.offer";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
                /** @description The RTCSessionDescription's `sdp`. */
                sdp: string;
            };
        };
        /** @description The patient's answer, for the other party. */
        RtcAnswerMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "rtc.answer";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
                /** @description The RTCSessionDescription's `sdp`. */
                sdp: string;
            };
        };
        /** @description An ICE candidate, for the other party; null once gathering is over. */
        RtcIceMessage: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "rtc.ice";
            data: {
                teleconsultationId: components["schemas"]["ObjectId"];
                /** @description RTCIceCandidate.toJSON(), or null once the sender's gathering is over. */
                candidate: components["schemas"]["IceCandidate"] | null;
            };
        };
    };
    responses: {
        /** @description The request is invalid. `validation_failed`: fields or query parameters are missing, of the wrong type, unknown or break a rule (see `fields`; a nested field is named by its dotted path, array indexes from 0, like `availability.2.endTime` or `medicalHistory.0._id`; a bad `Idempotency-Key` header is named `Idempotency-Key`); `malformed_json`: the body is not a JSON object; `invalid_token`: the verification or reset token is unknown, used or expired; `invalid_code`: the phone code is wrong; `code_expired`: there is no valid phone code; `bad_request`: the request is not valid HTTP/1.1 (the connection is then closed); `invalid_signature`: a payment provider's webhook whose signature does not check, or is more than 5 minutes old. */
        BadRequest: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "validation_failed" | "malformed_json" | "invalid_token" | "invalid_code" | "code_expired" | "bad_request" | "invalid_signature";
                    };
                };
            };
        };
        /** @description `unauthenticated`: the bearer token is missing, unknown, revoked, idle for 12 hours or expired (or, opening the event socket, the ticket is unknown, used or expired); `invalid_credentials` (login): the email address or the password is wrong. */
        Unauthorized: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "unauthenticated" | "invalid_credentials";
                    };
                };
            };
        };
        /** @description `not_found`: there is no endpoint at this path, the signed-in account or its profile no longer exists, or the patient, doctor, time off, appointment or notification named in the path (or the doctor named by a booking's `doctorId`) does not exist or is not visible to the caller (a patient not theirs to see, a doctor not listed, an appointment they are not a party to, another user's notification, an id that is not an ObjectId), or the calendar feed's secret is unknown or replaced, or the user of a conversation is someone the caller may not write to (no appointment together and no message between them), or the medical record, entry or file named in the path is not one the caller may read (for a doctor's record of a patient: no appointment between them), or the teleconsultation (by its id, or by its appointment's) is not one of the caller's appointments or does not exist (an appointment at the practice has none). */
        NotFound: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @constant */
                        code?: "not_found";
                    };
                };
            };
        };
        /** @description The account's role does not have this resource: `not_a_patient` (a doctor on /api/v1/patients/me and /api/v1/patients/me/doctors, or booking an appointment), `not_a_doctor` (a patient on /api/v1/doctors/me, its time off, stats and patients); these are checked after authentication and before the body. `email_not_verified` (booking, checked after the body): the patient's email address is not verified yet. `only_the_doctor` (complete): the patient of an appointment tried to complete it. `no_care_relation` (send a message): the sender and the receiver share no appointment. `origin_not_allowed` (event socket): the request's `Origin` is not the server's public origin. Medical records: `not_a_patient` (a doctor sharing a record, unsharing it or reading /api/v1/patients/me/access-log), `not_a_doctor` (a patient on /api/v1/patients/{patientId}/medical-record and its entries); `file_not_yours` (adding or changing an entry): an attachment is not a file the caller uploaded; `read_only_record` (adding an entry): the record is shared with the calling doctor, who may read it but not write in it; `not_entry_author` (changing or deleting an entry): the caller may read the record but did not write the entry. Teleconsultations: `file_not_yours` (attaching a document): the file is not one the caller uploaded; `not_document_owner` (detaching a document): the other party attached it; `not_a_doctor` (writing the prescription): the caller is a patient. */
        Forbidden: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "not_a_patient" | "not_a_doctor" | "email_not_verified" | "only_the_doctor" | "no_care_relation" | "origin_not_allowed" | "file_not_yours" | "read_only_record" | "not_entry_author" | "not_document_owner";
                    };
                };
            };
        };
        /** @description `method_not_allowed`: the path exists but not with this method. Can be answered by any path for a method it does not list. */
        MethodNotAllowed: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                Allow: components["headers"]["Allow"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "method_not_allowed",
                 *         "message": "This endpoint does not accept DELETE; it accepts GET, PATCH."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @constant */
                        code?: "method_not_allowed";
                    };
                };
            };
        };
        /** @description `email_taken` (register): an account with this email exists; `email_already_verified` (resend-verification) and `phone_already_verified` (verify-phone/request): there is nothing left to verify. Appointments: `slot_unavailable` (book, reschedule): the time is not one of the doctor's free slots, or was just taken; `already_booked_that_day` (book, reschedule): the patient already has a confirmed appointment with this doctor that day; `too_many_appointments` (book): the patient has reached the limit of upcoming appointments; `idempotency_key_reused` (book, send a message): the `Idempotency-Key` was used for a different booking or message; `not_confirmed` (cancel, reschedule, complete): the appointment is canceled or completed; `too_late_to_cancel` (cancel) and `too_late_to_reschedule` (reschedule): a patient within the cancel notice before the start; `not_started` (complete): the appointment has not started yet; `reason_for_known_patients` (book): the visit reason is only for patients the doctor has already seen. Doctors: `too_many_visit_reasons` (visit reasons): the doctor already offers 30. Teleconsultations: `room_closed` (ice-servers): the room has closed, or will never open (its appointment was canceled or marked no-show); `room_canceled` (documents, prescription): the appointment was canceled or marked no-show; `room_not_open` (prescription): the room has not opened yet; `rpps_number_missing` (prescription): the doctor's profile has no RPPS number to print on it. Reviews: `visit_not_completed` (write): the appointment is not completed; `review_period_over` (write): the visit is more than 60 days old; `already_reviewed` (write): the visit has its review; `review_hidden` (change): the operator hid the review; `review_kept` (flag): the operator already kept it. Payments: `no_price` (book): the doctor asks for prepayment and no fee applies; `payment_not_pending` (checkout): the payment completed or failed; `payment_expired` (checkout): its deadline passed. */
        Conflict: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "email_taken" | "email_already_verified" | "phone_already_verified" | "slot_unavailable" | "already_booked_that_day" | "too_many_appointments" | "idempotency_key_reused" | "not_confirmed" | "too_late_to_cancel" | "too_late_to_reschedule" | "not_started" | "reason_for_known_patients" | "too_many_visit_reasons" | "room_closed" | "room_canceled" | "room_not_open" | "rpps_number_missing" | "visit_not_completed" | "review_period_over" | "already_reviewed" | "review_hidden" | "review_kept" | "no_price" | "payment_not_pending" | "payment_expired";
                    };
                };
            };
        };
        /** @description `payload_too_large`: the body is over 1 MiB (1048576 bytes). The connection is then closed, and the reply carries no X-Request-Id. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "payload_too_large",
                 *         "message": "The request body is larger than 1048576 bytes."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @constant */
                        code?: "payload_too_large";
                    };
                };
            };
        };
        /** @description `headers_too_large` (status 431): the request headers are over 16 KiB. Can be answered for any request; the connection is then closed, and the reply carries no X-Request-Id. */
        RequestHeaderFieldsTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "headers_too_large",
                 *         "message": "The request headers are too large."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @constant */
                        code?: "headers_too_large";
                    };
                };
            };
        };
        /** @description `unsupported_media_type`: the endpoint takes a JSON body and the request sent a non-empty body whose Content-Type is not `application/json`; `unsupported_content_encoding`: the body came with a `Content-Encoding` (gzip, …), which is not decoded. Checked before authentication. */
        UnsupportedMediaType: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "unsupported_media_type",
                 *         "message": "This endpoint takes a JSON body (Content-Type: application/json)."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @enum {unknown} */
                        code?: "unsupported_media_type" | "unsupported_content_encoding";
                    };
                };
            };
        };
        /** @description `upgrade_required` (status 426): the endpoint is a WebSocket and the request did not ask to upgrade. */
        UpgradeRequired: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "upgrade_required",
                 *         "message": "This endpoint is a WebSocket; connect with Upgrade: websocket."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @constant */
                        code?: "upgrade_required";
                    };
                };
            };
        };
        /** @description `too_many_requests`: too many attempts in the rule's window; retry after the seconds in Retry-After. */
        TooManyRequests: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "too_many_requests",
                 *         "message": "Too many attempts; try again later."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @constant */
                        code?: "too_many_requests";
                    };
                };
            };
        };
        /** @description `internal_error`: the server failed; the message quotes the request id to report. */
        InternalError: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "internal_error",
                 *         "message": "Something went wrong on our side. Quote request id 3f9a0c17b2e45d68 when reporting it."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @constant */
                        code?: "internal_error";
                    };
                };
            };
        };
        /** @description `database_unavailable`: the database does not answer. */
        ServiceUnavailable: {
            headers: {
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "code": "database_unavailable",
                 *         "message": "The database does not answer."
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["Error"] & {
                    error?: {
                        /** @constant */
                        code?: "database_unavailable";
                    };
                };
            };
        };
    };
    parameters: {
        /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
        RequestId: string;
        /** @description The doctor's id (the same as their user `_id`). A value that is not an ObjectId is 404 `not_found`. */
        DoctorId: components["schemas"]["ObjectId"];
        /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
        AppointmentId: components["schemas"]["ObjectId"];
        /** @description The payment's `_id`. A payment of which the caller is neither the payer nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
        PaymentId: components["schemas"]["ObjectId"];
        /** @description The review's `_id`. A review the caller did not write (or, to flag it, that is not about them), an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
        ReviewId: components["schemas"]["ObjectId"];
        /** @description The teleconsultation's `_id` (the last part of its `videoLink`). A teleconsultation of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
        TeleconsultationId: components["schemas"]["ObjectId"];
        /** @description A key the client chooses (like a UUID) so that it can safely retry the booking: 1 to 200 bytes, else 400 `validation_failed` on `Idempotency-Key` ("must be 1 to 200 characters"). Keys are remembered per patient and do not expire. */
        IdempotencyKey: string;
        /** @description A key the client chooses for each new message (like a UUID) and sends again when it retries that message after a failure: 1 to 200 characters, else 400 `validation_failed` on `Idempotency-Key` ("must be 1 to 200 characters"). */
        MessageIdempotencyKey: string;
        /** @description The other person's user `_id`. Someone the caller may not have a conversation with (they have no appointment together and no message between them), an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
        ConversationUserId: components["schemas"]["ObjectId"];
        /** @description The medical record's `_id`. A record the caller may not read, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
        MedicalRecordId: components["schemas"]["ObjectId"];
        /** @description The patient's id (their user `_id`). A patient the doctor has no appointment with, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
        RecordPatientId: components["schemas"]["ObjectId"];
        /** @description The page, from 1. */
        Page: number;
        /** @description The page size; values over 100 are clamped to 100. */
        PageLimit: number;
    };
    requestBodies: never;
    headers: {
        /** @description The request's id: the client's `X-Request-Id` when acceptable, otherwise 16 generated hexadecimal digits. Quote it when reporting a problem. */
        "X-Request-Id": string;
        /** @description Seconds to wait before trying again (at least 1). */
        "Retry-After": number;
        /** @description Always `Bearer`. */
        "WWW-Authenticate": "Bearer";
        /** @description The methods the path accepts, comma-separated, like `GET, PATCH`. */
        Allow: string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The process is alive. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server and its database are ready. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadyStatus"];
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Registration"];
            };
        };
        responses: {
            /** @description The account was created and a session opened. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Login"];
            };
        };
        responses: {
            /** @description A new session. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Session"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session was revoked. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    getCurrentUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in user's account. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCurrentUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserChanges"];
            };
        };
        responses: {
            /** @description The updated account. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePassword"];
            };
        };
        responses: {
            /** @description The password was changed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmail"];
            };
        };
        responses: {
            /** @description The email address is verified. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    resendVerification: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The email is queued for sending. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Queued"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    requestPhoneCode: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The SMS is queued for sending. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Queued"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    verifyPhone: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyPhone"];
            };
        };
        responses: {
            /** @description The phone number is verified. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    forgotPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPassword"];
            };
        };
        responses: {
            /** @description Accepted; an email is queued if the account exists. */
            202: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Queued"];
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPassword"];
            };
        };
        responses: {
            /** @description The password was changed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getCurrentPatient: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in patient's profile. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Patient"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCurrentPatient: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PatientChanges"];
            };
        };
        responses: {
            /** @description The updated profile. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Patient"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getPatient: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The patient's id (the same as their user `_id`). A value that is not an ObjectId is 404 `not_found`. */
                id: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The patient's profile. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Patient"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getCurrentDoctor: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in doctor's profile. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Doctor"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateCurrentDoctor: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DoctorChanges"];
            };
        };
        responses: {
            /** @description The updated profile. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Doctor"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    listTimeOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The doctor's time off. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOffList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    createTimeOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TimeOffRequest"];
            };
        };
        responses: {
            /** @description The time off was added. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimeOff"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelBookingsDuringTimeOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The time off's `_id`. */
                id: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description The appointments it canceled. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        canceled: components["schemas"]["Appointment"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteTimeOff: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The `_id` of one of the signed-in doctor's time off. */
                id: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The time off was removed. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listOwnVisitReasons: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The doctor's visit reasons. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitReasonList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    createVisitReason: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisitReasonChanges"];
            };
        };
        responses: {
            /** @description The reason is offered. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitReason"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    archiveVisitReason: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The `_id` of one of the signed-in doctor's visit reasons. */
                id: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reason is no longer offered. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateVisitReason: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The `_id` of one of the signed-in doctor's visit reasons. */
                id: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VisitReasonChanges"];
            };
        };
        responses: {
            /** @description The reason as it now is. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitReason"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    searchDoctors: {
        parameters: {
            query?: {
                /** @description A specialty of the catalogue by its code, its French or English name, a word people use for it, or the start of only one of those, ignoring case and accents: `cardiology`, `Cardiologie`, `cardiologue`, `cardio` all find cardiology. Anything else is compared whole with specialties written before the catalogue. */
                specialty?: string;
                /** @description Part of the doctor's name, ignoring case and accents. */
                q?: string;
                /** @description Part of the doctor's location, or of their practice's postcode or city ("75011", "750", "paris"), ignoring case and accents. */
                location?: string;
                /** @description Keeps only doctors with at least one free slot (as the slots endpoint computes them) on this calendar day in their own time zone; each listing's `nextSlot` is then their first free slot that day. A past day finds no one; an empty value counts as absent. */
                availableOn?: components["schemas"]["CalendarDate"];
                /** @description Keeps only the doctors who consult this way (their `consultationModes` has it); an addition to the seed. An empty value counts as absent. */
                mode?: components["schemas"]["ConsultationMode"];
                /** @description `rating`: highest Bayesian average first — (10 × 3.5 + the sum of the ratings) / (10 + the number of reviews), as if each doctor started with ten 3.5★ reviews, so a lone 5★ review (3.64) stays below two hundred averaging 4.8 (4.74) — then most reviews, then by name; `experience`: most years first, then by name; `name` (the default): by name, ignoring case and accents. Ties end in `_id` order. */
                sort?: "rating" | "experience" | "name";
                /** @description The page, from 1. */
                page?: number;
                /** @description The page size; values over 50 are clamped to 50. */
                limit?: number;
            };
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of listed doctors. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoctorPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            500: components["responses"]["InternalError"];
        };
    };
    listSpecialties: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The specialties and their counts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SpecialtyList"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    listPopularDoctors: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The most booked listed doctors. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PopularDoctors"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    getDoctor: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The doctor's id (the same as their user `_id`). A value that is not an ObjectId is 404 `not_found`. */
                id: components["parameters"]["DoctorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The doctor's public profile. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoctorListing"];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getDoctorVisitReasons: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The doctor's id (the same as their user `_id`). A value that is not an ObjectId is 404 `not_found`. */
                id: components["parameters"]["DoctorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The doctor's visit reasons. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitReasonList"];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getDoctorSlots: {
        parameters: {
            query?: {
                /** @description The first day, in the doctor's time zone; by default the doctor's today. An empty value counts as absent. */
                from?: components["schemas"]["CalendarDate"];
                /** @description The last day, included, in the doctor's time zone; by default 6 days after `from` (a week). At most 30 days after `from` (31 days in all). An empty value counts as absent. */
                to?: components["schemas"]["CalendarDate"];
                /** @description One of the doctor's visit reasons: the slots then last its `durationMinutes` (starting on the doctor's grid of `consultationMinutes`, or every `durationMinutes` when that is shorter) and each must fit whole in a window and clear of bookings and time off. Archived reasons are accepted (moving an appointment booked for one keeps its length). A value that is not an ObjectId is 400 on `reasonId`; a reason the doctor does not have is 404 `not_found`. */
                reasonId?: components["schemas"]["ObjectId"];
            };
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The doctor's id (the same as their user `_id`). A value that is not an ObjectId is 404 `not_found`. */
                id: components["parameters"]["DoctorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The doctor's free slots. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoctorSlots"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    bookForPatient: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    appointmentDate: components["schemas"]["InstantInput"];
                    notes?: string;
                    reasonId?: components["schemas"]["ObjectId"];
                    /** @description An addition to the seed, as `mode` of POST /api/v1/appointments: by default the visit reason's, else `inPerson`; one the doctor offers (400 `mode_not_offered`) and, with a reason, the reason's (400 `one_of`). */
                    mode?: components["schemas"]["ConsultationMode"];
                    patientId?: components["schemas"]["ObjectId"];
                    patient?: {
                        name: components["schemas"]["Name"];
                        /** Format: email */
                        email: string;
                        /** @description E.164. */
                        phone: string;
                        /** @enum {string} */
                        language?: "fr" | "en";
                    };
                };
            };
        };
        responses: {
            /** @description The appointment booked. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getBookingPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BookingPolicy"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    listAppointments: {
        parameters: {
            query?: {
                /** @description Keeps only appointments with this status. */
                status?: components["schemas"]["AppointmentStatus"];
                /** @description Keeps appointments starting at or after this instant; a calendar date means midnight UTC of that day. */
                from?: components["schemas"]["InstantOrDate"];
                /** @description Keeps appointments starting before this instant (exclusive); a calendar date means midnight UTC of that day, so `to=2026-12-01` leaves out the appointments of 1 December (UTC). */
                to?: components["schemas"]["InstantOrDate"];
                /** @description The page, from 1. */
                page?: number;
                /** @description The page size; values over 100 are clamped to 100. */
                limit?: number;
            };
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the caller's appointments. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    bookAppointment: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A key the client chooses (like a UUID) so that it can safely retry the booking: 1 to 200 bytes, else 400 `validation_failed` on `Idempotency-Key` ("must be 1 to 200 characters"). Keys are remembered per patient and do not expire. */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BookingRequest"];
            };
        };
        responses: {
            /** @description The appointment was booked, or, for a repeated `Idempotency-Key`, the appointment its first request booked. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getAppointment: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The appointment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    cancelAppointment: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelRequest"];
            };
        };
        responses: {
            /** @description The canceled appointment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    rescheduleAppointment: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleRequest"];
            };
        };
        responses: {
            /** @description The moved appointment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    completeAppointment: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The completed appointment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    markAppointmentNoShow: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The appointment, now noShow. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appointment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    getAppointmentCalendarFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The iCalendar file. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description `attachment; filename="appointment-<id>.ics"`. */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": components["schemas"]["ICalendar"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    rotateCalendarFeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new feed URL. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeed"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    getCalendarFeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description `<secret>.ics`, the last segment of the URL returned by POST /api/v1/calendar/feed/rotate. A value not ending in `.ics`, a secret that is empty, longer than 256 characters, unknown or replaced since is 404 `not_found`. */
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description Always `attachment; filename="medimeet.ics"`. */
                    "Content-Disposition": "attachment; filename=\"medimeet.ics\"";
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": components["schemas"]["ICalendar"];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getDoctorStats: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The doctor's appointment counts. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoctorStats"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    listDoctorPatients: {
        parameters: {
            query?: {
                /** @description Part of the patient's name (ignoring case and accents), email or phone ("durand", "cdurand@", "0102"). */
                q?: string;
                /** @description The page, from 1. */
                page?: number;
                /** @description The page size; values over 100 are clamped to 100. */
                limit?: number;
            };
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The doctor's patients. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PatientCounterparts"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    listPatientDoctors: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The patient's doctors. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoctorCounterparts"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description `true` keeps only unread notifications; `false` (the default) keeps all. */
                unread?: boolean;
                /** @description The page, from 1. */
                page?: number;
                /** @description The page size; values over 100 are clamped to 100. */
                limit?: number;
            };
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notifications. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    getUnreadNotificationCount: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of unread notifications. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    markAllNotificationsRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many notifications were marked read. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadAllResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The `_id` of one of the signed-in user's notifications. Another user's notification, an unknown id and a value that is not an ObjectId are 404 `not_found`. */
                id: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notification is read. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getTeleconsultation: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The teleconsultation's `_id` (the last part of its `videoLink`). A teleconsultation of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["TeleconsultationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The teleconsultation. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Teleconsultation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getAppointmentTeleconsultation: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The appointment's teleconsultation. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Teleconsultation"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getTeleconsultationIceServers: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The teleconsultation's `_id` (the last part of its `videoLink`). A teleconsultation of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["TeleconsultationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ICE servers, with credentials for the caller. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IceServers"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    addTeleconsultationDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The teleconsultation's `_id` (the last part of its `videoLink`). A teleconsultation of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["TeleconsultationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TeleconsultationDocumentInput"];
            };
        };
        responses: {
            /** @description The teleconsultation, with the document attached. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Teleconsultation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    removeTeleconsultationDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The teleconsultation's `_id` (the last part of its `videoLink`). A teleconsultation of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["TeleconsultationId"];
                /** @description The attached file's `_id` (the document's `_id`). A file that is not attached to the consultation is 404 `not_found`. */
                fileId: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document was detached. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    writeTeleconsultationPrescription: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The teleconsultation's `_id` (the last part of its `videoLink`). A teleconsultation of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["TeleconsultationId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PrescriptionInput"];
            };
        };
        responses: {
            /** @description The teleconsultation, with its prescription. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Teleconsultation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalError"];
        };
    };
    getTeleconsultationPrescriptionPdf: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The teleconsultation's `_id` (the last part of its `videoLink`). A teleconsultation of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["TeleconsultationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prescription. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description `attachment; filename="ordonnance-<YYYY-MM-DD>.pdf"`, the day it was prescribed (UTC). */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    verifyPrescription: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The verification code printed on the prescription (as a QR code). */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prescription is genuine. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifiedPrescription"];
                };
            };
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    createEventTicket: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new single-use ticket. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventTicket"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    openEventSocket: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Switching Protocols: the connection is now a WebSocket carrying EventFrame text frames. */
            101: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventFrame"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            426: components["responses"]["UpgradeRequired"];
            500: components["responses"]["InternalError"];
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description A key the client chooses for each new message (like a UUID) and sends again when it retries that message after a failure: 1 to 200 characters, else 400 `validation_failed` on `Idempotency-Key` ("must be 1 to 200 characters"). */
                "Idempotency-Key"?: components["parameters"]["MessageIdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewMessage"];
            };
        };
        responses: {
            /** @description The message was sent, or, for a repeated `Idempotency-Key`, the message its first request sent. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Message"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["InternalError"];
        };
    };
    getUnreadMessageCount: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number of unread messages. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    uploadFile: {
        parameters: {
            query?: never;
            header: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
                /** @description The file's name, percent-encoded UTF-8 (`r%C3%A9sultats.pdf`). */
                "X-File-Name": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "image/png": string;
                "image/jpeg": string;
                "image/webp": string;
                "image/heic": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description The file, stored. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredFile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description `payload_too_large`: the file is larger than `MEDIMEET_MAX_UPLOAD` (20 MiB by default). Nothing is kept, and the connection is closed. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description `unsupported_file_type`: the content is not an accepted type, or not the type declared (an executable sent as `application/pdf`). Nothing is kept. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    downloadFile: {
        parameters: {
            query?: {
                inline?: "1";
            };
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file's bytes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description The page, from 1. */
                page?: number;
                /** @description The page size; values over 100 are clamped to 100. */
                limit?: number;
            };
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of conversations. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    listConversationMessages: {
        parameters: {
            query?: {
                /** @description Keeps messages sent before this instant (with `beforeId`, see above). */
                before?: components["schemas"]["Timestamp"];
                /** @description The `_id` of the oldest message shown, with `before` set to its `timestamp`. */
                beforeId?: components["schemas"]["ObjectId"];
                /** @description How many messages at most; values over 100 are clamped to 100. */
                limit?: number;
            };
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The other person's user `_id`. Someone the caller may not have a conversation with (they have no appointment together and no message between them), an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                userId: components["parameters"]["ConversationUserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the conversation, newest message first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageThread"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    markConversationRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The other person's user `_id`. Someone the caller may not have a conversation with (they have no appointment together and no message between them), an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                userId: components["parameters"]["ConversationUserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Which messages were marked read, and when. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadReceipt"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    listMedicalRecords: {
        parameters: {
            query?: {
                /** @description The page, from 1. */
                page?: components["parameters"]["Page"];
                /** @description The page size; values over 100 are clamped to 100. */
                limit?: components["parameters"]["PageLimit"];
                /** @description Only the records about this patient (their user `_id`) among those the caller may read: for a doctor's page about a patient, their own record of them and those the patient shared with them. A patient the caller may read nothing about gets an empty page, not 404. A value that is not an ObjectId is 400 `not_an_id` on `patientId`. */
                patientId?: components["schemas"]["ObjectId"];
            };
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of medical records. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalRecordPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    getMedicalRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The medical record's `_id`. A record the caller may not read, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["MedicalRecordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getPatientMedicalRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The patient's id (their user `_id`). A patient the doctor has no appointment with, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                patientId: components["parameters"]["RecordPatientId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The doctor's record of the patient, possibly not written yet. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalRecord"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    addPatientMedicalRecordEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The patient's id (their user `_id`). A patient the doctor has no appointment with, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                patientId: components["parameters"]["RecordPatientId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntryDraft"];
            };
        };
        responses: {
            /** @description The record with the new entry. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    addMedicalRecordEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The medical record's `_id`. A record the caller may not read, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["MedicalRecordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntryDraft"];
            };
        };
        responses: {
            /** @description The record with the new entry. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteMedicalRecordEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The medical record's `_id`. A record the caller may not read, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["MedicalRecordId"];
                /** @description The entry's `_id`. An entry not in this record, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                entryId: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entry is deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    updateMedicalRecordEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The medical record's `_id`. A record the caller may not read, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["MedicalRecordId"];
                /** @description The entry's `_id`. An entry not in this record, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                entryId: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EntryChanges"];
            };
        };
        responses: {
            /** @description The record with the changed entry. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    shareMedicalRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The medical record's `_id`. A record the caller may not read, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["MedicalRecordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordShare"];
            };
        };
        responses: {
            /** @description The record, with the doctor in `sharedWith`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MedicalRecord"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    unshareMedicalRecord: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The medical record's `_id`. A record the caller may not read, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["MedicalRecordId"];
                /** @description The user `_id` of the doctor to stop sharing the record with. */
                doctorId: components["schemas"]["ObjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record is not shared with that doctor. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getAccessLog: {
        parameters: {
            query?: {
                /** @description The page, from 1. */
                page?: components["parameters"]["Page"];
                /** @description The page size; values over 100 are clamped to 100. */
                limit?: components["parameters"]["PageLimit"];
            };
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the access log. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessLogPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
        };
    };
    exportMyData: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    /** @description Always `attachment; filename="medimeet-export.json"`. */
                    "Content-Disposition": "attachment; filename=\"medimeet-export.json\"";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DataExport"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    getInstanceFeatures: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance's features. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstanceFeatures"];
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    listPayments: {
        parameters: {
            query?: {
                /** @description The page, from 1. */
                page?: number;
                /** @description The page size; values over 100 are clamped to 100. */
                limit?: number;
            };
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of payments. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
        };
    };
    getPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The payment's `_id`. A payment of which the caller is neither the payer nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    getAppointmentPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    checkoutPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The payment's `_id`. A payment of which the caller is neither the payer nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckoutInput"];
            };
        };
        responses: {
            /** @description The payment, with `checkoutUrl`. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    confirmPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The payment's `_id`. A payment of which the caller is neither the payer nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["PaymentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    receivePayPalWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The event was received. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        received: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    receiveStripeWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The event was received. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        received: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
        };
    };
    writeReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewInput"];
            };
        };
        responses: {
            /** @description The review, as its author sees it. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    getAppointmentReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The appointment's `_id`. An appointment of which the caller is neither the patient nor the doctor, an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["AppointmentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The review. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    deleteReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The review's `_id`. A review the caller did not write (or, to flag it, that is not about them), an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The review was deleted. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
    changeReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The review's `_id`. A review the caller did not write (or, to flag it, that is not about them), an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewChanges"];
            };
        };
        responses: {
            /** @description The changed review. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Review"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    flagReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The review's `_id`. A review the caller did not write (or, to flag it, that is not about them), an unknown id and a value that is not an ObjectId are all 404 `not_found`. */
                id: components["parameters"]["ReviewId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewFlag"];
            };
        };
        responses: {
            /** @description The review awaits the operator. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["InternalError"];
        };
    };
    listDoctorReviews: {
        parameters: {
            query?: {
                /** @description The page, from 1. */
                page?: number;
                /** @description The page size; values over 50 are clamped to 50. */
                limit?: number;
            };
            header?: {
                /** @description An id for this request, echoed in the response and written to the server log. Ignored (and replaced by a generated one) unless it is 1 to 64 characters of letters, digits, `-`, `_` and `.`. */
                "X-Request-Id"?: components["parameters"]["RequestId"];
            };
            path: {
                /** @description The doctor's id (the same as their user `_id`). A value that is not an ObjectId is 404 `not_found`. */
                id: components["parameters"]["DoctorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reviews. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicReviewPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalError"];
        };
    };
}
