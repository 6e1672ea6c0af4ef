-- Invoices and credit notes stay unaltered; deleting them is refused until their retention has
-- ended: 8 years after the end of the calendar year of issue (AO §147, HGB §257, UStG §14b).
CREATE OR REPLACE FUNCTION vitrine_refuse_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' AND date_trunc('year', OLD.issued_at) + interval '9 years' <= now() THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% rows are immutable until their retention ends', TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$ LANGUAGE plpgsql;
