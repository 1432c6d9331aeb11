"""Files the app writes and reads for people outside it: PDF forms, Excel lists. Plain data in and out;
no database and no Qt here."""
