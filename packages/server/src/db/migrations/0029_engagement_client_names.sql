-- Each engagement carries the client's name and email as its lists show, sort and search them:
-- the account's once the client has joined, the latest invitation's before (decision 032). The
-- lists computed them per row, from `users` and the latest invitation, so a page of 25 of an
-- owner's thousand engagements joined, sorted and counted all thousand. With them on the row, a
-- page is chosen from the engagements alone, with nothing joined: the coach's name and
-- the invitation's expiry are read for its rows only.
ALTER TABLE engagements ADD COLUMN client_name text, ADD COLUMN client_email text;

UPDATE engagements e SET client_name = u.name, client_email = u.email FROM users u WHERE u.id = e.client_id;
UPDATE engagements e SET client_name = i.name, client_email = i.email
  FROM (SELECT DISTINCT ON (engagement_id) engagement_id, name, email FROM invitations
         WHERE engagement_id IS NOT NULL ORDER BY engagement_id, created_at DESC) i
 WHERE e.client_id IS NULL AND i.engagement_id = e.id;

-- Kept by the database, as the table's owner (SECURITY DEFINER, like the other triggers that keep
-- what people may not write themselves): a person who renames themselves may not write their
-- engagements, and may have them in several practices.

-- A client named on an engagement (an invitation accepted, an engagement written with its client):
-- the account's name and email.
CREATE FUNCTION tandem_engagement_client_of_account() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  IF NEW.client_id IS NOT NULL THEN
    SELECT u.name, u.email INTO NEW.client_name, NEW.client_email FROM users u WHERE u.id = NEW.client_id;
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER engagements_client_of_account BEFORE INSERT OR UPDATE OF client_id ON engagements
  FOR EACH ROW EXECUTE FUNCTION tandem_engagement_client_of_account();

-- A client's invitation, the first or a newer one: until they join, its name and email.
CREATE FUNCTION tandem_engagement_client_of_invitation() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE engagements SET client_name = NEW.name, client_email = NEW.email
   WHERE id = NEW.engagement_id AND client_id IS NULL;
  RETURN NULL;
END
$$;

CREATE TRIGGER invitations_name_the_client AFTER INSERT ON invitations
  FOR EACH ROW WHEN (NEW.engagement_id IS NOT NULL) EXECUTE FUNCTION tandem_engagement_client_of_invitation();

-- A client's new name or email: on every engagement they are the client of.
CREATE FUNCTION tandem_engagement_client_renamed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE engagements SET client_name = NEW.name, client_email = NEW.email WHERE client_id = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER users_rename_the_client AFTER UPDATE OF name, email ON users
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.email IS DISTINCT FROM NEW.email)
  EXECUTE FUNCTION tandem_engagement_client_renamed();
