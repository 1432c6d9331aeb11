from app.services.database import Database


def test_open_creates_current_schema(db_url):
    db = Database.open(db_url)
    try:
        report = db.check()
        assert report.integrity == "ok"
        assert report.row_counts["warranty_claims"] == 0
    finally:
        db.close()
