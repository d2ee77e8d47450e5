-- Fees as money: a whole number of the currency's minor units (cents for EUR) and the ISO 4217
-- currency, instead of a floating-point amount with none. Every fee so far was shown in euros.

ALTER TABLE doctors ADD COLUMN price_minor BIGINT;
ALTER TABLE doctors ADD COLUMN currency TEXT;
UPDATE doctors SET price_minor = CAST(ROUND(price * 100) AS BIGINT), currency = 'EUR' WHERE price IS NOT NULL;
ALTER TABLE doctors DROP COLUMN price;
