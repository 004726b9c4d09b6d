"""A Python service for the end-to-end test: a Flask app answering GET /hello/<who> on 127.0.0.1:$PORT."""
import os

from flask import Flask

app = Flask(__name__)


@app.route("/hello/<who>")
def hello(who):
    return f"hello from python, {who}\n"


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ["PORT"]), debug=False, use_reloader=False)
