# syntax=docker/dockerfile:1
FROM ruby:3.3.0-slim-bookworm
WORKDIR /app
RUN gem install bundler --no-document
COPY Gemfile Gemfile.lock ./
RUN bundle install --jobs 4
RUN gem install -N foreman puma:6.4.2
COPY . .
USER 1000
CMD ["foreman", "start"]
