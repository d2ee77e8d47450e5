-- Specialties come from a fixed catalogue (src/doctors/specialties.cpp): a doctor's specialty
-- is now its code. The free text written before is mapped by the names and words the catalogue
-- knows; a text it does not know stays as it was, shown as written, until the doctor picks one.
UPDATE doctors SET specialty = 'allergology', specialty_folded = 'allergology' WHERE specialty_folded IN ('allergology', 'allergologie', 'allergologue', 'allergologist', 'allergie', 'allergy');
UPDATE doctors SET specialty = 'cardiology', specialty_folded = 'cardiology' WHERE specialty_folded IN ('cardiology', 'cardiologie', 'cardiologue', 'cardiologist', 'cardio', 'coeur', 'heart');
UPDATE doctors SET specialty = 'dental-surgery', specialty_folded = 'dental-surgery' WHERE specialty_folded IN ('dental-surgery', 'chirurgie dentaire', 'dentistry', 'dentiste', 'dentist', 'dents', 'teeth', 'chirurgien-dentiste');
UPDATE doctors SET specialty = 'dermatology', specialty_folded = 'dermatology' WHERE specialty_folded IN ('dermatology', 'dermatologie', 'dermatologue', 'dermatologist', 'dermato', 'peau', 'skin');
UPDATE doctors SET specialty = 'dietetics', specialty_folded = 'dietetics' WHERE specialty_folded IN ('dietetics', 'dietetique', 'dieteticien', 'dieteticienne', 'dietitian', 'nutritionniste', 'nutritionist', 'nutrition');
UPDATE doctors SET specialty = 'endocrinology', specialty_folded = 'endocrinology' WHERE specialty_folded IN ('endocrinology', 'endocrinologie', 'endocrinologue', 'endocrinologist', 'diabete', 'diabetes', 'thyroide', 'thyroid');
UPDATE doctors SET specialty = 'gastroenterology', specialty_folded = 'gastroenterology' WHERE specialty_folded IN ('gastroenterology', 'gastro-enterologie', 'gastro-enterologue', 'gastroenterologue', 'gastroenterologist', 'gastro');
UPDATE doctors SET specialty = 'general-practice', specialty_folded = 'general-practice' WHERE specialty_folded IN ('general-practice', 'medecine generale', 'general practice', 'medecin generaliste', 'generaliste', 'medecin traitant', 'general practitioner', 'gp', 'family doctor');
UPDATE doctors SET specialty = 'gynecology', specialty_folded = 'gynecology' WHERE specialty_folded IN ('gynecology', 'gynecologie', 'gynaecology', 'gynecologue', 'gynecologist', 'gynaecologist', 'gyneco');
UPDATE doctors SET specialty = 'midwifery', specialty_folded = 'midwifery' WHERE specialty_folded IN ('midwifery', 'sage-femme', 'sages-femmes', 'maieuticien', 'midwife');
UPDATE doctors SET specialty = 'nephrology', specialty_folded = 'nephrology' WHERE specialty_folded IN ('nephrology', 'nephrologie', 'nephrologue', 'nephrologist', 'rein', 'kidney');
UPDATE doctors SET specialty = 'neurology', specialty_folded = 'neurology' WHERE specialty_folded IN ('neurology', 'neurologie', 'neurologue', 'neurologist', 'neuro');
UPDATE doctors SET specialty = 'nursing', specialty_folded = 'nursing' WHERE specialty_folded IN ('nursing', 'soins infirmiers', 'infirmier', 'infirmiere', 'nurse');
UPDATE doctors SET specialty = 'ophthalmology', specialty_folded = 'ophthalmology' WHERE specialty_folded IN ('ophthalmology', 'ophtalmologie', 'ophtalmologue', 'ophtalmologiste', 'ophthalmologist', 'ophtalmo', 'yeux', 'eyes');
UPDATE doctors SET specialty = 'orthodontics', specialty_folded = 'orthodontics' WHERE specialty_folded IN ('orthodontics', 'orthodontie', 'orthodontiste', 'orthodontist');
UPDATE doctors SET specialty = 'orthopaedics', specialty_folded = 'orthopaedics' WHERE specialty_folded IN ('orthopaedics', 'chirurgie orthopedique', 'orthopaedic surgery', 'orthopediste', 'orthopedist', 'orthopedic surgeon', 'orthopedie');
UPDATE doctors SET specialty = 'osteopathy', specialty_folded = 'osteopathy' WHERE specialty_folded IN ('osteopathy', 'osteopathie', 'osteopathe', 'osteopath', 'osteo');
UPDATE doctors SET specialty = 'ent', specialty_folded = 'ent' WHERE specialty_folded IN ('ent', 'orl', 'ear, nose and throat', 'oto-rhino-laryngologie', 'oto-rhino-laryngologiste', 'otorhinolaryngologist', 'otolaryngology');
UPDATE doctors SET specialty = 'paediatrics', specialty_folded = 'paediatrics' WHERE specialty_folded IN ('paediatrics', 'pediatrie', 'pediatre', 'paediatrician', 'pediatrician', 'pediatrics', 'enfant', 'child');
UPDATE doctors SET specialty = 'physiotherapy', specialty_folded = 'physiotherapy' WHERE specialty_folded IN ('physiotherapy', 'kinesitherapie', 'kine', 'kinesitherapeute', 'masseur-kinesitherapeute', 'physiotherapist', 'physio', 'physical therapy');
UPDATE doctors SET specialty = 'podiatry', specialty_folded = 'podiatry' WHERE specialty_folded IN ('podiatry', 'podologie', 'podologue', 'pedicure-podologue', 'podiatrist', 'chiropodist');
UPDATE doctors SET specialty = 'psychiatry', specialty_folded = 'psychiatry' WHERE specialty_folded IN ('psychiatry', 'psychiatrie', 'psychiatre', 'psychiatrist');
UPDATE doctors SET specialty = 'psychology', specialty_folded = 'psychology' WHERE specialty_folded IN ('psychology', 'psychologie', 'psychologue', 'psychologist', 'psy', 'psychotherapeute', 'psychotherapist');
UPDATE doctors SET specialty = 'pulmonology', specialty_folded = 'pulmonology' WHERE specialty_folded IN ('pulmonology', 'pneumologie', 'pneumologue', 'pulmonologist', 'poumons', 'lungs');
UPDATE doctors SET specialty = 'radiology', specialty_folded = 'radiology' WHERE specialty_folded IN ('radiology', 'radiologie', 'radiologue', 'radiologist', 'radio', 'imagerie', 'imaging', 'x-ray');
UPDATE doctors SET specialty = 'rheumatology', specialty_folded = 'rheumatology' WHERE specialty_folded IN ('rheumatology', 'rhumatologie', 'rhumatologue', 'rheumatologist', 'rhumato');
UPDATE doctors SET specialty = 'speech-therapy', specialty_folded = 'speech-therapy' WHERE specialty_folded IN ('speech-therapy', 'orthophonie', 'speech therapy', 'orthophoniste', 'speech therapist', 'speech and language therapist');
UPDATE doctors SET specialty = 'sports-medicine', specialty_folded = 'sports-medicine' WHERE specialty_folded IN ('sports-medicine', 'medecine du sport', 'sports medicine', 'medecin du sport', 'sports doctor', 'sport');
UPDATE doctors SET specialty = 'urology', specialty_folded = 'urology' WHERE specialty_folded IN ('urology', 'urologie', 'urologue', 'urologist');
UPDATE doctors SET specialty = 'geriatrics', specialty_folded = 'geriatrics' WHERE specialty_folded IN ('geriatrics', 'geriatrie', 'geriatre', 'geriatrician', 'gerontologie', 'personnes agees', 'elderly');
