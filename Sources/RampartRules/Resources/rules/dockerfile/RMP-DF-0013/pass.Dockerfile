# syntax=docker/dockerfile:1
FROM ruby:3.3.0-slim-bookworm
WORKDIR /app
RUN gem install bundler -v 2.5.6 --no-document
COPY Gemfile Gemfile.lock ./
RUN bundle install --jobs 4
RUN gem install -N foreman:0.87.2 puma:6.4.2 && gem install --version '~> 1.16' nokogiri
RUN gem install ./vendor/internal-tool-1.0.0.gem && gem list
COPY . .
USER 1000
CMD ["foreman", "start"]
