# syntax=docker/dockerfile:1
FROM php:8.3.3-apache-bookworm
COPY --chown=www-data:www-data . /var/www/html
RUN chmod -R 777 /var/www/html/storage /var/www/html/bootstrap/cache
RUN mkdir -p /var/log/app \
 && chmod a+rwx /var/log/app
COPY --chmod=0666 config/app.ini /usr/local/etc/php/conf.d/app.ini
RUN sudo chmod go+w /usr/local/bin/entrypoint.sh
USER www-data
